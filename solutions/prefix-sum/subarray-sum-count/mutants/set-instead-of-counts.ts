// Mutant: remembers prefix sums in a Set, so a prefix sum seen several times is counted once.
export function subarraySumCount(nums: readonly number[], k: number): number {
  const seen = new Set<number>([0]);
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    if (seen.has(prefix - k)) count++;
    seen.add(prefix);
  }
  return count;
}
