/**
 * Minimum Ship Capacity: the least daily capacity that ships ordered packages within a deadline.
 * Read README.md for the rules and examples; run `npx kata check min-ship-capacity` to test.
 */
import { NotImplemented } from '#kit';

/**
 * The least integer capacity that ships every package, in order, within `days` days.
 *
 * @param weights package weights, positive integers, in shipping order; read-only, never modified
 * @param days the deadline in days, a positive integer
 * @returns the smallest capacity that ships everything in at most `days` days; 0 with no packages
 * @throws RangeError if `days` is not a positive integer
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('minShipCapacity');
}
