/**
 * Pair Sums: list every distinct pair of values that adds up to a target.
 * Read README.md for the rules and examples; run `npx kata check pair-sums` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds every distinct value pair that sums to `target`.
 *
 * @param amounts values to pair; read-only, never modified
 * @param target the sum each pair must reach
 * @returns every `[a, b]` with `a <= b`, `a + b === target`, taken from two different positions
 *   of `amounts`; each value pair once, sorted by `a` ascending; `[]` if there is none
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('pairSums');
}
