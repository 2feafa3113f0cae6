// Mutant: searches the result with `===`, so NaN never matches an earlier NaN and every NaN is
// kept (`[NaN, NaN]` stays `[NaN, NaN]`).
export function dedupe<T>(items: readonly T[]): T[] {
  const result: T[] = [];
  for (const item of items) {
    if (!result.some((kept) => kept === item)) result.push(item);
  }
  return result;
}
