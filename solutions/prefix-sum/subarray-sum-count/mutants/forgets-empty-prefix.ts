// Mutant: starts the map empty instead of with the empty prefix {0: 1}, missing subarrays that start at index 0.
export function subarraySumCount(nums: readonly number[], k: number): number {
  const seen = new Map<number, number>();
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
