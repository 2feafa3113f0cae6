// Mutant: adds nums[i] to the running left sum before comparing, so the pivot element is
// counted on the left side.
export function pivotIndex(nums: readonly number[]): number {
  const total = nums.reduce((s, v) => s + v, 0);
  let left = 0;
  for (let i = 0; i < nums.length; i++) {
    left += nums[i]!;
    if (left === total - left) return i;
  }
  return -1;
}
