import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './top-k-largest.ts';

/**
 * n = nums.length, k = n/4 (the catalogue's adversarial k): the brute force makes k full passes,
 * O(n²/4), while the heap stays O(n log k). The other family is the same n and k on distinct
 * values in ascending order, where every value beats all the kept ones.
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums (k = n/4)',
  inputName: 'random values',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)),
    k: Math.max(1, Math.floor(n / 4)),
  }),
  families: [
    {
      name: 'ascending values',
      exposes: 'first-element pivots (every partition peels off one value) and sorted buffers kept with splice (every newcomer goes to the front)',
      input: (n, rng) => {
        const start = rng.int(-1_000_000_000, 0);
        return { nums: Array.from({ length: n }, (_, i) => start + i), k: Math.max(1, Math.floor(n / 4)) };
      },
    },
  ],
  run: (impl, { nums, k }) => impl.topKLargest(nums, k),
  answersAgree: sameAnswer,
});
