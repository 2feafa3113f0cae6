/**
 * Longest Increasing Subsequence: the length of the longest strictly increasing subsequence.
 * Read README.md for the rules and examples; run `npx kata check longest-increasing-subsequence` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the length of the longest strictly increasing subsequence of `nums`.
 *
 * @param nums the values, in order; read-only, never modified
 * @returns the largest k such that some indices i1 < i2 < … < ik have nums[i1] < nums[i2] < … < nums[ik]; 0 for an empty array
 */
export function lisLength(nums: readonly number[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('lisLength');
}
