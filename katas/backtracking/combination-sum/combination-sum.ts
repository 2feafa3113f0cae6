/**
 * Combination Sum: every distinct multiset of candidates (each position once) that reaches a target.
 * Read README.md for the rules and examples; run `npx kata check combination-sum` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds every distinct combination of `candidates` that sums to `target`.
 *
 * @param candidates positive integers, values may repeat; each position is used at most once;
 *   read-only, never modified
 * @param target the sum to reach (`0` is reached by the empty combination)
 * @returns each distinct combination once, each in ascending order; the combinations in any order
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('combinationSum');
}
