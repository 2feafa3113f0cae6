// Mutant: never validates k. A k longer than nums sums `undefined` into NaN, k = 0 returns 0,
// and a fractional k is silently treated as the next integer up.
export function maxSumWindow(nums: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i]!;
  let best = sum;
  for (let i = k; i < nums.length; i++) {
    sum += nums[i]! - nums[i - k]!;
    best = Math.max(best, sum);
  }
  return best;
}
