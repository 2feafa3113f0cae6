import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './range-sum.ts';

/**
 * n = nums.length = number of queries. Every query spans most of the list (left in the first
 * tenth, right in the last tenth), so a loop per query pays about 0.8·n additions each: O(n²)
 * in total, against O(n) for a prefix-sum structure. The other family has queries covering half
 * the list (left in its first quarter), where neither the range nor its complement is short.
 */
export default defineBench<typeof Kata, { nums: number[]; lefts: Int32Array; rights: Int32Array }>({
  n: 'length of nums and number of queries',
  inputName: 'ranges covering most of the list',
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
  families: [
    {
      name: 'ranges covering half the list',
      exposes: 'loops over the shorter of the range and its complement (both are n/2 here)',
      input: (n, rng) => {
        const nums = Array.from({ length: n }, () => rng.int(-1_000, 1_000));
        const half = Math.max(1, n >> 1);
        const lefts = new Int32Array(n);
        const rights = new Int32Array(n);
        for (let q = 0; q < n; q++) {
          lefts[q] = rng.int(0, Math.max(0, (n >> 2) - 1));
          rights[q] = Math.min(n - 1, lefts[q]! + half - 1);
        }
        return { nums, lefts, rights };
      },
    },
  ],
  run: (impl, { nums, lefts, rights }) => {
    const ranges = new impl.RangeSum(nums);
    let total = 0;
    for (let q = 0; q < lefts.length; q++) total += ranges.sum(lefts[q]!, rights[q]!);
    return total;
  },
  // `run` returns the sum of the queries' answers, added in the same order for both sides: one right value.
  answersAgree: sameAnswer,
});
