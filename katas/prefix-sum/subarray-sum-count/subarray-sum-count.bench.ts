import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './subarray-sum-count.ts';

/**
 * n = length of nums. Values are random integers in -10..10 and k = 0, so prefix sums repeat
 * often and there are many answers to count (a good test of counting multiplicities). The
 * brute force walks all n(n+1)/2 subarrays whatever the input; doubling sizes from the default.
 * The other family alternates -1 and 1 with k = 0: the prefix sums take only the values 0 and -1,
 * so about n²/4 subarrays qualify (anything that pays per qualifying subarray is quadratic), and in
 * a sorted array of the prefix sums every new -1 goes in front of all the 0s.
 */
export default defineBench<typeof Kata, { nums: number[]; k: number }>({
  n: 'length of nums',
  inputName: 'random values in -10..10, k = 0',
  input: (n, rng) => ({ nums: Array.from({ length: n }, () => rng.int(-10, 10)), k: 0 }),
  families: [
    {
      name: 'alternating -1 and 1, k = 0',
      exposes: 'work per qualifying subarray (lists of earlier positions walked per prefix) and prefix sums kept sorted with splice',
      input: (n) => ({ nums: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1 : 1)), k: 0 }),
    },
  ],
  run: (impl, { nums, k }) => impl.subarraySumCount(nums, k),
  answersAgree: sameAnswer,
});
