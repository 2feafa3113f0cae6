import { defineBench } from '#kit';
import type * as Kata from './top-k-largest.ts';

/**
 * n = nums.length, k = n/4 (the catalogue's adversarial k): the brute force makes k full passes,
 * O(n²/4), while the heap stays O(n log k).
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums (k = n/4)',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)),
    k: Math.max(1, Math.floor(n / 4)),
  }),
  run: (impl, { nums, k }) => impl.topKLargest(nums, k),
});
