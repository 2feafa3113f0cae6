// Mutant: counts in a plain object, so the tie-break compares the keys as strings: `-1` sorts
// after `-10`, and `10` before `9`.
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`bad k: ${k}`);
  const counts: Record<string, number> = {};
  for (const value of nums) counts[value] = (counts[value] ?? 0) + 1;
  return Object.keys(counts)
    .sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b))
    .slice(0, k)
    .map(Number);
}
