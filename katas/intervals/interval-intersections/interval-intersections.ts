/**
 * Interval List Intersections: every intersection of two sorted, disjoint interval lists.
 * Read README.md for the rules and examples; run `npx kata check interval-intersections` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Intersects two lists of closed intervals, each sorted and pairwise disjoint.
 *
 * @param a closed intervals `[start, end]`, sorted, each ending before the next starts; read-only
 * @param b the same kind of list; read-only
 * @returns every non-empty `[max(starts), min(ends)]` of an interval of `a` with one of `b`,
 *   sorted by start
 */
export function intersectIntervals(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('intersectIntervals');
}
