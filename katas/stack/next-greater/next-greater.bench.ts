import { defineBench } from '#kit';
import type * as Kata from './next-greater.ts';

/**
 * n = nums.length. The input is strictly descending (random gaps), so no element has a greater
 * value to its right: a solution that scans rightwards from every index walks to the end every
 * time, n²/2 steps.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  input: (n, rng) => {
    const nums = new Array<number>(n);
    let value = 0;
    for (let i = n - 1; i >= 0; i--) {
      value += rng.int(1, 5);
      nums[i] = value;
    }
    return nums;
  },
  run: (impl, nums) => impl.nextGreater(nums),
});
