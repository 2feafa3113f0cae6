// Mutant: the sliding loop stops one step early (`i < nums.length - 1`), so the window ending at
// the last element is never considered (`[1, 2, 3, 4]` with k = 2 gives 5, not 7).
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i]!;
  let best = sum;
  for (let i = k; i < nums.length - 1; i++) {
    sum += nums[i]! - nums[i - k]!;
    best = Math.max(best, sum);
  }
  return best;
}
