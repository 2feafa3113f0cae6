import { defineBench } from '#kit';
import type * as Kata from './two-sum.ts';

/**
 * n = nums.length. The inputs have no answer (every value even, the target odd), so every
 * solution has to examine every pair it is going to examine: the brute force pays its full n².
 */
export default defineBench<typeof Kata, { nums: number[]; target: number }>({
  n: 'length of nums',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => 2 * rng.int(-1_000_000, 1_000_000)),
    target: 2 * rng.int(-1_000, 1_000) + 1,
  }),
  run: (impl, { nums, target }) => impl.twoSum(nums, target),
});
