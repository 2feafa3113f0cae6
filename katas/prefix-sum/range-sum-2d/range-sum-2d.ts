/**
 * Range Sum 2D: sums of rectangles of a fixed matrix, each answered in constant time.
 * Read README.md for the rules and examples; run `npx kata check range-sum-2d` to test.
 */
import { NotImplemented } from '#kit';

/** Answers sums over rectangles of a matrix given once, at construction. */
export class RangeSum2D {
  /**
   * Prepares for queries over `matrix`.
   *
   * @param matrix rows of integers, all rows the same length (possibly no rows or empty rows); read-only, never modified
   */
  constructor(matrix: readonly (readonly number[])[]) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('RangeSum2D constructor');
  }

  /**
   * Sums the cells of the rectangle with corners (row1, col1) and (row2, col2), both inclusive.
   *
   * @throws RangeError unless 0 <= row1 <= row2 < rows and 0 <= col1 <= col2 < cols
   */
  sum(row1: number, col1: number, row2: number, col2: number): number {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('RangeSum2D.sum');
  }
}
