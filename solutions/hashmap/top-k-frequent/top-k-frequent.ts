/**
 * Reference: count with a Map, then sort the distinct values once by rank.
 *
 * Rank is a total order on distinct values (count descending, then value ascending), so one sort
 * with that comparator puts every value in its final place and the answer is the first k.
 * `k` is validated before any work so a bad argument fails the same way on every input.
 *
 * Complexity: O(n) to count, O(d log d) to sort the d distinct values: O(n log n) time in the
 * worst case, O(d) extra memory.
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) {
    throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  }
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);

  const ranked = [...counts].sort(([va, ca], [vb, cb]) => cb - ca || va - vb);
  return ranked.slice(0, k).map(([value]) => value);
}
