// Mutant: sorts by count only. The sort is stable, so tied values keep the order in which they
// first appeared (`[4, 4, 1, 1]` with k = 1 gives `[4]` instead of `[1]`).
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`bad k: ${k}`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([value]) => value);
}
