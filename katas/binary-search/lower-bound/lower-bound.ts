/**
 * Lower Bound: the first index whose value is at least the target.
 * Read README.md for the rules and examples; run `npx kata check lower-bound` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the first position in a non-decreasing array whose value is `>= target`.
 *
 * @param sorted non-decreasing values, duplicates allowed; read-only, never modified
 * @param target the value to compare against
 * @returns the smallest `i` with `sorted[i] >= target`, or `sorted.length` if there is none
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('lowerBound');
}
