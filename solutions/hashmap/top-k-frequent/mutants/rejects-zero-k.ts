// Mutant: validates `k` as a positive integer, so the valid k = 0 throws instead of returning [].
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}.`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort(([va, ca], [vb, cb]) => cb - ca || va - vb)
    .slice(0, k)
    .map(([value]) => value);
}
