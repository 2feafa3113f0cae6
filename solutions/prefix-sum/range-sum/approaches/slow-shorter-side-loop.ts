/**
 * slow: keeps the total and answers each query by looping over whichever is shorter: the range itself, or the values outside it (total minus those).
 * time: O(n) to build, O(min(len, n - len)) per query for a range of len values: the bench's ranges cover about 80% of the array, so each query reads about 0.2·n values, O(n²) in total; queries covering half the array cost n/2 each.
 * exposed by: queries covering about half the array (e.g. left = rng.int(0, n/4), right = left + n/2), where neither side is short.
 *
 * A clever-looking constant-factor trick: a wide range is cheap through its complement, a narrow
 * one directly. It caps the per-query loop at n/2 and helps on the bench's wide ranges, but it is
 * still a loop per query, so the total stays quadratic.
 */
export class RangeSum {
  readonly #nums: readonly number[];
  readonly #total: number;

  constructor(nums: readonly number[]) {
    this.#nums = nums.slice();
    let total = 0;
    for (const v of nums) total += v;
    this.#total = total;
  }

  sum(left: number, right: number): number {
    const nums = this.#nums;
    const n = nums.length;
    if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right >= n || left > right) {
      throw new RangeError(`Expected integers 0 <= left <= right < ${n}, got left = ${left}, right = ${right}.`);
    }
    const inside = right - left + 1;
    let total = 0;
    if (inside <= n - inside) {
      for (let i = left; i <= right; i++) total += nums[i]!;
      return total;
    }
    let before = 0;
    for (let i = 0; i < left; i++) before += nums[i]!;
    let after = 0;
    for (let i = right + 1; i < n; i++) after += nums[i]!;
    // total − before is the sum of nums[left..], a subarray, so both subtractions stay exact;
    // before + after is not a subarray sum and could be past 2^53.
    return this.#total - before - after;
  }
}
