// Mutant: the classic one-liner `filter((x, i) => items.indexOf(x) === i)`. `indexOf` compares
// with `===`, so it never finds NaN (-1 is never equal to i) and every NaN is dropped.
export function dedupe<T>(items: readonly T[]): T[] {
  return items.filter((item, i) => items.indexOf(item) === i);
}
