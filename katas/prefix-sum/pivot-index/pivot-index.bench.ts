import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './pivot-index.ts';

/**
 * n = nums.length. The lists have no pivot: every value is positive, the first is odd and the
 * rest are even, so the total is odd while 2·left + nums[i] is even for every i > 0 (and index
 * 0 would need the positive rest to sum to 0). Nobody can stop early; re-adding both sides for
 * every index costs O(n²). The other family mixes signs and puts the only pivot at the last index:
 * every value but the last is even and those sum to 0, the last is odd, so 2·left + nums[i] (even)
 * never equals the odd total before the end, and at the end both sides are 0.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  inputName: 'positive values, no pivot',
  input: (n, rng) => Array.from({ length: n }, (_, i) => (i === 0 ? 2 * rng.int(1, 500) - 1 : 2 * rng.int(1, 500))),
  families: [
    {
      name: 'mixed signs, pivot at the last index',
      exposes: 'shortcuts that rely on positive values or on an early pivot (the answer is n - 1)',
      input: (n, rng) => {
        const nums = new Array<number>(n);
        let sum = 0;
        for (let i = 0; i < n - 2; i++) {
          nums[i] = 2 * rng.int(-500, 500);
          sum += nums[i]!;
        }
        if (n >= 2) nums[n - 2] = -sum;
        nums[n - 1] = 2 * rng.int(-500, 499) + 1;
        return nums;
      },
    },
  ],
  run: (impl, nums) => impl.pivotIndex(nums),
  answersAgree: sameAnswer,
});
