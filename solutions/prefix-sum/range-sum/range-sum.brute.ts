/**
 * Brute force: keep a copy of the values and add up the requested slice on every query.
 * Correct and O(1) to build, but O(right - left + 1) per query: O(n²) for n wide queries.
 */
export class RangeSum {
  readonly #nums: readonly number[];

  constructor(nums: readonly number[]) {
    this.#nums = [...nums];
  }

  sum(left: number, right: number): number {
    const length = this.#nums.length;
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right >= length || left > right) {
      throw new RangeError(`Expected integers 0 <= left <= right < ${length}, got left = ${left}, right = ${right}.`);
    }
    let total = 0;
    for (let i = left; i <= right; i++) total += this.#nums[i]!;
    return total;
  }
}
