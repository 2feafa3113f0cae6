/**
 * Merge Intervals: merge overlapping or touching closed intervals, sorted by start.
 * Read README.md for the rules and examples; run `npx kata check merge-intervals` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Merges every group of intervals that overlap or touch.
 *
 * @param intervals closed intervals `[start, end]` with `start <= end`, in any order; read-only,
 *   never modified (neither the array nor its pairs)
 * @returns intervals covering exactly the same points, sorted by start, no two overlapping or
 *   touching
 */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('mergeIntervals');
}
