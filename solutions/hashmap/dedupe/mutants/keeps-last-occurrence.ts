// Mutant: keeps an item only if no equal item follows it, i.e. the LAST occurrence of each value,
// in the order of last occurrences (`[3, 1, 3]` gives `[1, 3]`).
export function dedupe<T>(items: readonly T[]): T[] {
  return items.filter((item, i) => !items.slice(i + 1).includes(item));
}
