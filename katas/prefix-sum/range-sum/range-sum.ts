/**
 * Range Sum: answer inclusive range-sum queries over a fixed list of numbers.
 * Read README.md for the rules and examples; run `npx kata check range-sum` to test.
 */
import { NotImplemented } from '#kit';

/** Answers `sum(left, right)` queries over a fixed list. */
export class RangeSum {
  /**
   * Prepares the structure.
   *
   * @param nums the values; read-only, never modified
   */
  constructor(nums: readonly number[]) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('RangeSum');
  }

  /**
   * The sum of `nums[left..right]`, both ends inclusive.
   *
   * @throws RangeError unless `0 <= left <= right < nums.length`
   */
  sum(left: number, right: number): number {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('RangeSum.sum');
  }
}
