/**
 * Permutations: list every ordering of a list of distinct numbers.
 * Read README.md for the rules and examples; run `npx kata check permutations` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Lists every ordering of `nums`.
 *
 * @param nums distinct numbers; read-only, never modified
 * @returns all `n!` orderings (n = `nums.length`), each once, in any order; `[[]]` for `[]`
 */
export function permutations(nums: readonly number[]): number[][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('permutations');
}
