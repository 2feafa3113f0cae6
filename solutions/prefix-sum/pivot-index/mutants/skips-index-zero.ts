// Mutant: starts testing at index 1 ("index 0 has nothing on its left"), forgetting that an
// empty side sums to 0, so a pivot at index 0 is missed.
export function pivotIndex(nums: readonly number[]): number {
  const total = nums.reduce((s, v) => s + v, 0);
  if (nums.length === 1) return 0;
  let left = nums.length > 0 ? nums[0]! : 0;
  for (let i = 1; i < nums.length; i++) {
    if (left === total - left - nums[i]!) return i;
    left += nums[i]!;
  }
  return -1;
}
