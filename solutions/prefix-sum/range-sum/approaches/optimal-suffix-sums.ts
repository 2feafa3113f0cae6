/**
 * optimal: suffix sums built right to left with a trailing zero; a query is suffix[left] - suffix[right + 1].
 * time: O(n) to build, O(1) per query: O(n) for the bench's build plus n queries.
 *
 * The mirror image of prefix sums: suffix[i] is the sum of nums[i..n-1], so the range left..right
 * is what remains of suffix[left] after removing suffix[right + 1]. The trailing zero plays the
 * role of the prefix table's leading zero: right = n - 1 needs no special case.
 */
export class RangeSum {
  readonly #suffix: number[];

  constructor(nums: readonly number[]) {
    const suffix = new Array<number>(nums.length + 1);
    suffix[nums.length] = 0;
    for (let i = nums.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + nums[i]!;
    this.#suffix = suffix;
  }

  sum(left: number, right: number): number {
    const n = this.#suffix.length - 1;
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right >= n || left > right) {
      throw new RangeError(`Expected integers 0 <= left <= right < ${n}, got left = ${left}, right = ${right}.`);
    }
    return this.#suffix[left]! - this.#suffix[right + 1]!;
  }
}
