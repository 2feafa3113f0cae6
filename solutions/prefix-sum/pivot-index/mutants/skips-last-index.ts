// Mutant: the loop stops at nums.length - 1, so the last index is never tested: `[7]` and
// `[-1, 1, 5]` return -1.
export function pivotIndex(nums: readonly number[]): number {
  const total = nums.reduce((s, v) => s + v, 0);
  let left = 0;
  for (let i = 0; i < nums.length - 1; i++) {
    if (left === total - left - nums[i]!) return i;
    left += nums[i]!;
  }
  return -1;
}
