/**
 * Sliding Window Max: the maximum of every window of length k.
 * Read README.md for the rules and examples; run `npx kata check sliding-window-max` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the maximum of each window of `k` consecutive elements, left to right.
 *
 * @param nums values; read-only, never modified
 * @param k the window length; an integer with `1 <= k <= nums.length`
 * @returns `nums.length - k + 1` maxima; `result[i]` is the maximum of `nums[i..i + k - 1]`
 * @throws RangeError unless `k` is an integer with `1 <= k <= nums.length`
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('slidingWindowMax');
}
