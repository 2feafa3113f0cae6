import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './range-add.ts';

/**
 * n = length of the array = number of updates. Every update starts in the first eighth of the
 * array and ends in the last eighth, so it covers at least three quarters of it: applying updates
 * cell by cell costs Θ(n) each, Θ(n²) in all, while the difference array pays O(1) per update.
 * Doubling sizes from the default. The other family nests the ranges: update k covers
 * [k/2, n - 1 - k/2], from the whole array down to the middle cell, so lengths are spread evenly.
 */
export default defineBench<typeof Kata, { length: number; updates: [number, number, number][] }>({
  n: 'length of the array and number of updates',
  inputName: 'updates covering most of the array',
  input: (n, rng) => {
    const eighth = Math.max(1, Math.floor(n / 8));
    const updates = Array.from({ length: n }, (): [number, number, number] => [rng.int(0, eighth - 1), rng.int(n - eighth, n - 1), rng.int(-100, 100)]);
    return { length: n, updates };
  },
  families: [
    {
      name: 'nested ranges, outermost first',
      exposes: 'per-update loops over the cheaper of the range and its complement, and active lists that scan for the range that ends',
      input: (n, rng) => {
        // Update k covers [k/2, n - 1 - k/2] (rounded down): each range of the nest twice, in order.
        const updates = Array.from({ length: n }, (_, k): [number, number, number] => [k >> 1, Math.max(k >> 1, n - 1 - (k >> 1)), rng.int(-100, 100)]);
        return { length: n, updates };
      },
    },
  ],
  run: (impl, { length, updates }) => impl.applyRangeAdds(length, updates),
  answersAgree: sameAnswer,
});
