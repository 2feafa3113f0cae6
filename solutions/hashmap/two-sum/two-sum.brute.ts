/**
 * Brute force: try every pair of positions. Correct, and the answer to state first in an
 * interview, but O(n²) time: on an input with no answer it examines all n(n-1)/2 pairs.
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i]! + nums[j]! === target) return [i, j];
    }
  }
  return null;
}
