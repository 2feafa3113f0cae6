// Mutant: scans every window with a running maximum that starts at 0 instead of the window's
// first value, so a window of negative numbers reports 0.
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const result: number[] = [];
  for (let start = 0; start + k <= nums.length; start++) {
    let max = 0;
    for (let i = start; i < start + k; i++) max = Math.max(max, nums[i]!);
    result.push(max);
  }
  return result;
}
