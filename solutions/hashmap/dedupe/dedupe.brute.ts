/**
 * Brute force: search the result so far for every item. `includes` compares with SameValueZero,
 * so it is correct, but each search scans up to the whole result: O(n²) time when the items are
 * mostly distinct.
 */
export function dedupe<T>(items: readonly T[]): T[] {
  const result: T[] = [];
  for (const item of items) {
    if (!result.includes(item)) result.push(item);
  }
  return result;
}
