/**
 * slow: keeps a running left sum, but computes the right side for every index afresh with `nums.slice(i + 1).reduce(...)`.
 * time: O(n²) when no early pivot exists (each index copies and adds up everything to its right): the bench's no-pivot lists pay it in full.
 * exposed by: lists with no pivot or a late one (the bench's input already shows it).
 *
 * Half of the insight: the left side is carried along, the right side is not. One total computed
 * up front would give the right side as total - left - nums[i]; instead every index re-reads and
 * re-copies the rest of the array.
 */
export function pivotIndex(nums: readonly number[]): number {
  let left = 0;
  for (let i = 0; i < nums.length; i++) {
    const right = nums.slice(i + 1).reduce((sum, v) => sum + v, 0);
    if (left === right) return i;
    left += nums[i]!;
  }
  return -1;
}
