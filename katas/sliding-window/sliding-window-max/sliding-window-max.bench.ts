import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './sliding-window-max.ts';

/**
 * n = nums.length, k = n/2: n/2 + 1 windows of n/2 elements each, so scanning every window does
 * about n²/4 comparisons while the deque does O(n) work. The second family is strictly decreasing
 * values under a window of most of the array: the maximum leaves the window at every step and a
 * deque keeps all k indices (past about 10 000 of them, V8's shift() moves every one).
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums',
  inputName: 'random values, k = n/2',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => rng.int(-1_000_000, 1_000_000)),
    k: Math.max(1, Math.floor(n / 2)),
  }),
  families: [
    {
      name: 'decreasing values, k = 7n/8',
      exposes: 'rescans when the maximum leaves the window, and array-shift() deques holding k indices',
      input: (n, rng) => {
        const top = rng.int(-1_000_000, 1_000_000) + n;
        return { nums: Array.from({ length: n }, (_, i) => top - i), k: Math.max(1, n - Math.floor(n / 8)) };
      },
    },
  ],
  run: (impl, { nums, k }) => impl.slidingWindowMax(nums, k),
  answersAgree: sameAnswer,
});
