/**
 * Top K Frequent: the k values that occur most often, most frequent first.
 * Read README.md for the rules and examples; run `npx kata check top-k-frequent` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the `k` most frequent distinct values.
 *
 * @param nums values to count; read-only, never modified
 * @param k how many values to return; must be a non-negative integer
 * @returns up to `k` distinct values, by count descending, then by value ascending; every
 *   distinct value when `k` exceeds their number
 * @throws RangeError if `k` is not a non-negative integer
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('topKFrequent');
}
