/**
 * First True: the first integer where a false-then-true predicate becomes true.
 * Read README.md for the rules and examples; run `npx kata check first-true` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the smallest integer in `[lo, hi]` where `predicate` is true.
 *
 * @param lo smallest candidate, an integer
 * @param hi largest candidate, an integer with `lo <= hi`
 * @param predicate false then true over `[lo, hi]`; call it only with integers in `[lo, hi]`,
 *   and only O(log(hi - lo)) times
 * @returns the smallest `x` in `[lo, hi]` with `predicate(x)`, or `hi + 1` if there is none
 */
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('firstTrue');
}
