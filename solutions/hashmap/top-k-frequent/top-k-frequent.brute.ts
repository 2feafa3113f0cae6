/**
 * Brute force: count, then make k passes, each scanning every count for the best value not yet
 * taken. Correct, and the first answer many candidates give, but O(n·k) time: with k = n/4 on
 * mostly distinct values it is quadratic.
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) {
    throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  }
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);

  const result: number[] = [];
  while (result.length < k && counts.size > 0) {
    let best = 0;
    let bestCount = -1;
    for (const [value, count] of counts) {
      if (count > bestCount || (count === bestCount && value < best)) {
        best = value;
        bestCount = count;
      }
    }
    result.push(best);
    counts.delete(best);
  }
  return result;
}
