/**
 * Search in a Rotated Sorted Array: find a value in an ascending array that was rotated.
 * Read README.md for the rules and examples; run `npx kata check search-rotated` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds `target` in a rotated ascending array of distinct values.
 *
 * @param nums distinct values, ascending then rotated by an unknown amount; read-only, never modified
 * @param target the value to find
 * @returns the index `i` with `nums[i] === target`, or `-1` if `target` is absent
 */
export function searchRotated(nums: readonly number[], target: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('searchRotated');
}
