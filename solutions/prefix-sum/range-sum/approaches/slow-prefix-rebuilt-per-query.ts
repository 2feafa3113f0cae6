/**
 * slow: the constructor only copies the values; every sum() builds the prefix sums from scratch (up to `right`) and answers from them.
 * time: O(n) to build (a copy of the values), O(right) per query: O(n²) for the bench's n queries (their right ends lie in the last tenth).
 * exposed by: many queries whose right end is far from the start (the bench's input already shows it); queries near the start stay cheap.
 *
 * The prefix-sum identity is used, so the code looks like the textbook answer, but the table is a
 * local variable of sum() instead of a field: "recomputing per step what could be kept". Each
 * query pays the O(n) pass that should have happened once.
 */
export class RangeSum {
  readonly #nums: readonly number[];

  constructor(nums: readonly number[]) {
    this.#nums = nums.slice();
  }

  sum(left: number, right: number): number {
    const nums = this.#nums;
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right >= nums.length || left > right) {
      throw new RangeError(`Expected integers 0 <= left <= right < ${nums.length}, got left = ${left}, right = ${right}.`);
    }
    const prefix = [0];
    for (let i = 0; i <= right; i++) prefix.push(prefix[i]! + nums[i]!);
    return prefix[right + 1]! - prefix[left]!;
  }
}
