import { defineBench } from '#kit';
import type * as Kata from './sliding-window-max.ts';

/**
 * n = nums.length, k = n/2: n/2 + 1 windows of n/2 elements each, so scanning every window does
 * about n²/4 comparisons while the deque does O(n) work.
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => rng.int(-1_000_000, 1_000_000)),
    k: Math.max(1, Math.floor(n / 2)),
  }),
  run: (impl, { nums, k }) => impl.slidingWindowMax(nums, k),
});
