/**
 * Subarray Sum Count: how many contiguous pieces of an array add up to k.
 * Read README.md for the rules and examples; run `npx kata check subarray-sum-count` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the non-empty contiguous subarrays of `nums` whose values sum to exactly `k`.
 *
 * @param nums integers, possibly negative; read-only, never modified
 * @param k the sum to look for
 * @returns the number of index pairs (i, j), i <= j, with nums[i] + … + nums[j] === k
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('subarraySumCount');
}
