/**
 * Top K Largest: the k largest values of an array, largest first.
 * Read README.md for the rules and examples; run `npx kata check top-k-largest` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the `k` largest values of `nums`, duplicates included, sorted descending.
 *
 * @param nums values to choose from; read-only, never modified
 * @param k how many to return; all values when `k > nums.length`
 * @returns the `k` largest values, descending
 * @throws RangeError if `k` is not a non-negative integer
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('topKLargest');
}
