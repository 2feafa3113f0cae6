/**
 * Brute force: for every index, add up the left side and the right side from scratch.
 * Correct, and the direct reading of the definition, but O(n) per index: O(n²) on a list with
 * no pivot, where every index is tried.
 */
export function pivotIndex(nums: readonly number[]): number {
  for (let i = 0; i < nums.length; i++) {
    let left = 0;
    for (let j = 0; j < i; j++) left += nums[j]!;
    let right = 0;
    for (let j = i + 1; j < nums.length; j++) right += nums[j]!;
    if (left === right) return i;
  }
  return -1;
}
