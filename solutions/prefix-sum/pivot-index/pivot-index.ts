/**
 * Reference: the total once, then a running left sum.
 *
 * Invariant: when index i is tested, `left` is the sum of nums[0..i-1], so the right side is
 * total - left - nums[i]; nums[i] is added to `left` only after the test, so the pivot element
 * sits on neither side. Testing indices in increasing order returns the leftmost pivot.
 *
 * Complexity: two passes, O(n) time, O(1) extra memory.
 */
export function pivotIndex(nums: readonly number[]): number {
  let total = 0;
  for (const value of nums) total += value;
  let left = 0;
  for (let i = 0; i < nums.length; i++) {
    if (left === total - left - nums[i]!) return i;
    left += nums[i]!;
  }
  return -1;
}
