// Mutant: never validates `k`, so `slice` quietly accepts it: k = -1 drops the last value,
// k = 1.5 is rounded down, NaN gives [] and Infinity gives everything.
export function topKFrequent(nums: readonly number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort(([va, ca], [vb, cb]) => cb - ca || va - vb)
    .slice(0, k)
    .map(([value]) => value);
}
