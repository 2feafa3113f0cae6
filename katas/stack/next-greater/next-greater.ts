/**
 * Next Greater Element: for each position, the first strictly greater value to its right.
 * Read README.md for the rules and examples; run `npx kata check next-greater` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds, for every index, the first value to its right that is strictly greater.
 *
 * @param nums non-negative integers; read-only, never modified
 * @returns an array of the same length whose `i`-th entry is the first `nums[j]` with `j > i`
 *   and `nums[j] > nums[i]`, or `-1` when there is none
 */
export function nextGreater(nums: readonly number[]): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('nextGreater');
}
