/**
 * Reference: a prefix-sum array with a leading zero.
 *
 * Invariant: prefix[k] is the sum of the first k values (nums[0..k-1]), so prefix[0] = 0 and
 * the sum of nums[left..right] is prefix[right + 1] - prefix[left]. The leading zero makes
 * left = 0 need no special case. The sums are taken once, in the constructor; the caller's array
 * is only read.
 *
 * Complexity: O(n) time and memory to build, O(1) per query.
 */
export class RangeSum {
  readonly #prefix: Float64Array;

  constructor(nums: readonly number[]) {
    this.#prefix = new Float64Array(nums.length + 1);
    for (let i = 0; i < nums.length; i++) this.#prefix[i + 1] = this.#prefix[i]! + nums[i]!;
  }

  sum(left: number, right: number): number {
    const length = this.#prefix.length - 1;
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right >= length || left > right) {
      throw new RangeError(`Expected integers 0 <= left <= right < ${length}, got left = ${left}, right = ${right}.`);
    }
    return this.#prefix[right + 1]! - this.#prefix[left]!;
  }
}
