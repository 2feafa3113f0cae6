/**
 * Pivot Index: the leftmost index whose left and right sides have equal sums.
 * Read README.md for the rules and examples; run `npx kata check pivot-index` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the leftmost pivot of `nums`.
 *
 * @param nums integers, negatives allowed; read-only, never modified
 * @returns the smallest `i` with sum(nums[0..i-1]) === sum(nums[i+1..]) (empty sides sum to 0),
 *   or `-1` when there is none
 */
export function pivotIndex(nums: readonly number[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('pivotIndex');
}
