/**
 * Max Sum Window: the largest sum of k consecutive elements.
 * Read README.md for the rules and examples; run `npx kata check max-sum-window` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the largest sum of `k` consecutive elements of `nums`.
 *
 * @param nums values; read-only, never modified
 * @param k the window length; an integer with `1 <= k <= nums.length`
 * @returns the largest window sum (negative when every window is)
 * @throws RangeError unless `k` is an integer with `1 <= k <= nums.length`
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('maxSumWindow');
}
