/**
 * Dedupe: remove repeated values, keeping the first occurrence of each, in input order.
 * Read README.md for the rules and examples; run `npx kata check dedupe` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Returns the first occurrence of each distinct value, in input order.
 *
 * @param items values to dedupe; read-only, never modified
 * @returns the items without repeats, compared with SameValueZero (`NaN` equals `NaN`, `0`
 *   equals `-0`, objects equal only themselves)
 */
export function dedupe<T>(items: readonly T[]): T[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('dedupe');
}
