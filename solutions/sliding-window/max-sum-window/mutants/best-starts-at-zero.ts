// Mutant: starts the best sum at 0 instead of the first window's sum, so when every window is
// negative it returns 0, which is not the sum of any window.
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  let sum = 0;
  let best = 0;
  for (let i = 0; i < nums.length; i++) {
    sum += nums[i]!;
    if (i >= k) sum -= nums[i - k]!;
    if (i >= k - 1 && sum > best) best = sum;
  }
  return best;
}
