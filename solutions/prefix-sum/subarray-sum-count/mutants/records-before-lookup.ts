// Mutant: records the current prefix sum before looking up prefix - k, so with k = 0 each position matches itself.
export function subarraySumCount(nums: readonly number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
    count += seen.get(prefix - k) ?? 0;
  }
  return count;
}
