import { defineBench } from '#kit';
import type * as Kata from './subarray-sum-count.ts';

/**
 * n = length of nums. Values are random integers in -10..10 and k = 0, so prefix sums repeat
 * often and there are many answers to count (a good test of counting multiplicities). The
 * brute force walks all n(n+1)/2 subarrays whatever the input; doubling sizes from the default.
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums',
  input: (n, rng) => ({ nums: Array.from({ length: n }, () => rng.int(-10, 10)), k: 0 }),
  run: (impl, { nums, k }) => impl.subarraySumCount(nums, k),
});
