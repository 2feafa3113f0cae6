import { defineBench } from '#kit';
import type * as Kata from './range-sum.ts';

/**
 * n = nums.length = number of queries. Every query spans most of the list (left in the first
 * tenth, right in the last tenth), so a loop per query pays about 0.8·n additions each: O(n²)
 * in total, against O(n) for a prefix-sum structure.
 */
export default defineBench<typeof Kata, { nums: number[]; lefts: Int32Array; rights: Int32Array }>({
  n: 'length of nums and number of queries',
  input: (n, rng) => {
    const nums = Array.from({ length: n }, () => rng.int(-1_000, 1_000));
    const tenth = Math.max(1, Math.floor(n / 10));
    const lefts = new Int32Array(n);
    const rights = new Int32Array(n);
    for (let q = 0; q < n; q++) {
      lefts[q] = rng.int(0, tenth - 1);
      rights[q] = rng.int(n - tenth, n - 1);
    }
    return { nums, lefts, rights };
  },
  run: (impl, { nums, lefts, rights }) => {
    const ranges = new impl.RangeSum(nums);
    let total = 0;
    for (let q = 0; q < lefts.length; q++) total += ranges.sum(lefts[q]!, rights[q]!);
    return total;
  },
});
