import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './max-sum-window.ts';

/**
 * n = nums.length, k = n/2: the n/2 + 1 windows are each n/2 long, so summing every window from
 * scratch does about n²/4 additions while the running sum does 2n.
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums',
  inputName: 'random values, k = n/2',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => rng.int(-1_000, 1_000)),
    k: Math.max(1, Math.floor(n / 2)),
  }),
  families: [
    {
      name: 'increasing values, k = n/2',
      exposes: 'work (a copy, a rescan) repeated each time a window beats the best so far',
      input: (n, rng) => {
        const base = rng.int(-1_000, 1_000);
        return { nums: Array.from({ length: n }, (_, i) => base + i), k: Math.max(1, Math.floor(n / 2)) };
      },
    },
  ],
  run: (impl, { nums, k }) => impl.maxSumWindow(nums, k),
  answersAgree: sameAnswer,
});
