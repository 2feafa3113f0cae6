// Mutant: scans from the right with a running right sum, so it returns the rightmost pivot
// instead of the leftmost.
export function pivotIndex(nums: readonly number[]): number {
  const total = nums.reduce((s, v) => s + v, 0);
  let right = 0;
  for (let i = nums.length - 1; i >= 0; i--) {
    if (right === total - right - nums[i]!) return i;
    right += nums[i]!;
  }
  return -1;
}
