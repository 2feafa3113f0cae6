import { defineBench } from '#kit';
import type * as Kata from './two-sum.ts';

/**
 * n = nums.length. The inputs have no answer (every value even, the target odd), so every
 * solution has to examine every pair it is going to examine: the brute force pays its full n².
 * The families keep "no answer" and change the values: one value repeated n times, and n
 * distinct values in descending order.
 */
export default defineBench<typeof Kata, { nums: number[]; target: number }>({
  n: 'length of nums',
  inputName: 'random even values, odd target',
  input: (n, rng) => ({
    nums: Array.from({ length: n }, () => 2 * rng.int(-1_000_000, 1_000_000)),
    target: 2 * rng.int(-1_000, 1_000) + 1,
  }),
  families: [
    {
      name: 'one repeated value',
      exposes: 'per-value index lists copied or scanned on every repeat',
      input: (n, rng) => {
        const value = 2 * rng.int(-1_000_000, 1_000_000);
        return { nums: new Array<number>(n).fill(value), target: 2 * rng.int(-1_000, 1_000) + 1 };
      },
    },
    {
      name: 'descending distinct values',
      exposes: 'a sorted array of seen values kept with splice (every insert at the front)',
      input: (n, rng) => {
        const top = 2 * rng.int(0, 1_000_000) + 2 * n;
        return { nums: Array.from({ length: n }, (_, i) => top - 2 * i), target: 2 * rng.int(-1_000, 1_000) + 1 };
      },
    },
  ],
  run: (impl, { nums, target }) => impl.twoSum(nums, target),
  // Any valid pair is right: null exactly when the reference finds none, else two indices i < j that sum to the target.
  answersAgree: ({ nums, target }, answer, expected) => {
    if (expected === null || answer === null) return answer === expected;
    if (!Array.isArray(answer) || answer.length !== 2) return false;
    const [i, j] = answer as unknown[];
    return Number.isInteger(i) && Number.isInteger(j) && 0 <= (i as number) && (i as number) < (j as number) && (j as number) < nums.length && nums[i as number]! + nums[j as number]! === target;
  },
});
