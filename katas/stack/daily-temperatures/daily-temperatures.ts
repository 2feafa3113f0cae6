/**
 * Daily Temperatures: for each day, how many days until a strictly warmer one.
 * Read README.md for the rules and examples; run `npx kata check daily-temperatures` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts, for every day, the days to wait for a strictly warmer temperature.
 *
 * @param temps one temperature per day (finite numbers); read-only, never modified
 * @returns an array of the same length whose `i`-th entry is `j - i` for the first later day `j`
 *   with `temps[j] > temps[i]`, or `0` when no later day is warmer
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('daysUntilWarmer');
}
