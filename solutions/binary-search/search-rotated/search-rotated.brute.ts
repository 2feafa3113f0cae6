/**
 * Brute force: a linear scan, which ignores the order entirely. Correct, but O(n) per lookup:
 * an absent target reads every element.
 */
export function searchRotated(nums: readonly number[], target: number): number {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) return i;
  }
  return -1;
}
