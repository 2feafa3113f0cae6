import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './top-k-frequent.ts';

/**
 * n = nums.length, k = n/4. Values come from a range twice as wide as n, so most are distinct
 * and counts are small with many ties: about 0.8·n distinct values, and a brute force that makes
 * k passes over all counts does about n²/5 comparisons.
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums',
  inputName: 'random values in [-n, n]',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => rng.int(-n, n)),
    k: Math.floor(n / 4),
  }),
  families: [
    {
      name: 'ascending distinct values',
      exposes: 'first-element-pivot quicksorts of counts that arrive already in rank order',
      input: (n, rng) => {
        const base = rng.int(-1_000, 1_000);
        return { nums: Array.from({ length: n }, (_, i) => base + i), k: Math.floor(n / 4) };
      },
    },
  ],
  run: (impl, { nums, k }) => impl.topKFrequent(nums, k),
  answersAgree: sameAnswer,
});
