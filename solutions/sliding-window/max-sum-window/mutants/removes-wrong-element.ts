// Mutant: when the window slides it subtracts `nums[i - k + 1]` (still inside the new window)
// instead of `nums[i - k]` (the element that left).
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i]!;
  let best = sum;
  for (let i = k; i < nums.length; i++) {
    sum += nums[i]! - nums[i - k + 1]!;
    best = Math.max(best, sum);
  }
  return best;
}
