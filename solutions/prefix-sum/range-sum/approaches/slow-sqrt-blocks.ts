/**
 * slow: square-root decomposition: the values are cut into blocks of about √n, each block's total is precomputed, and a query adds up the whole blocks inside the range plus the loose values at both ends.
 * time: O(n) to build, O(√n) per query (up to n/B whole blocks and 2B loose values, B ≈ √n): O(n·√n) = O(n^1.5) for the bench's n wide queries.
 * exposed by: wide queries on a large array (the bench's already are); the gap to prefix sums grows only like √n, so it is hard to see at small n.
 *
 * The structure to reach for when values also change (an update costs O(1) here); for a static
 * array it is strictly worse than prefix sums, yet sublinear per query, which makes it feel fast.
 */
export class RangeSum {
  readonly #nums: readonly number[];
  readonly #blockSize: number;
  readonly #blockSums: number[];

  constructor(nums: readonly number[]) {
    this.#nums = nums.slice();
    this.#blockSize = Math.max(1, Math.ceil(Math.sqrt(nums.length)));
    this.#blockSums = [];
    for (let i = 0; i < nums.length; i++) {
      const b = Math.floor(i / this.#blockSize);
      this.#blockSums[b] = (this.#blockSums[b] ?? 0) + nums[i]!;
    }
  }

  sum(left: number, right: number): number {
    const nums = this.#nums;
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right >= nums.length || left > right) {
      throw new RangeError(`Expected integers 0 <= left <= right < ${nums.length}, got left = ${left}, right = ${right}.`);
    }
    const size = this.#blockSize;
    const firstBlock = Math.floor(left / size);
    const lastBlock = Math.floor(right / size);
    let total = 0;
    if (firstBlock === lastBlock) {
      for (let i = left; i <= right; i++) total += nums[i]!;
      return total;
    }
    for (let i = left; i < (firstBlock + 1) * size; i++) total += nums[i]!;
    for (let b = firstBlock + 1; b < lastBlock; b++) total += this.#blockSums[b]!;
    for (let i = lastBlock * size; i <= right; i++) total += nums[i]!;
    return total;
  }
}
