/**
 * Median of a Stream: report the median of every number added so far.
 * Read README.md for the rules and examples; run `npx kata check median-stream` to test.
 */
import { NotImplemented } from '#kit';

/** Keeps a running median of the numbers added to it. */
export class MedianFinder {
  /** Records one more number. Target: O(log n). */
  add(value: number): void {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('MedianFinder.add');
  }

  /**
   * The median of all numbers added so far: the middle value, or the mean of the two middle
   * values when the count is even. Target: O(1).
   *
   * @throws RangeError if nothing has been added yet
   */
  median(): number {
    throw new NotImplemented('MedianFinder.median');
  }
}
