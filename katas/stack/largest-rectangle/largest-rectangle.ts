/**
 * Largest Rectangle in a Histogram: the area of the largest rectangle under a bar chart.
 * Read README.md for the rules and examples; run `npx kata check largest-rectangle` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the area of the largest rectangle that fits inside a histogram of bars of width 1.
 *
 * @param heights the bar heights, non-negative integers; read-only, never modified
 * @returns the largest `(r - l + 1) * min(heights[l..r])` over all runs `l..r`; `0` when empty
 */
export function largestRectangle(heights: readonly number[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('largestRectangle');
}
