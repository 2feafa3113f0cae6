/**
 * Two Sum: find two positions whose values add up to a target.
 * Read README.md for the rules and examples; run `npx kata check two-sum` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds two different indices whose values sum to `target`.
 *
 * @param nums values to search; read-only, never modified
 * @param target the sum to reach
 * @returns `[i, j]` with `i < j` and `nums[i] + nums[j] === target`, or `null` if no pair exists
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('twoSum');
}
