/**
 * Subsets: list the power set of a list of distinct numbers.
 * Read README.md for the rules and examples; run `npx kata check subsets` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Lists every subset of `nums`.
 *
 * @param nums distinct numbers; read-only, never modified
 * @returns all `2 ** nums.length` subsets, each once, each keeping the input order of its
 *   elements; the subsets in any order
 */
export function subsets(nums: readonly number[]): number[][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('subsets');
}
