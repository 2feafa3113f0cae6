/**
 * Template Kata: count the distinct values of an array.
 * Read README.md for the rules and examples; run `npx kata check template-kata` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the distinct values in `values` (NaN counts once).
 *
 * @param values read-only, never modified
 * @returns how many distinct values there are
 */
export function templateKata(values: readonly number[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('templateKata');
}
