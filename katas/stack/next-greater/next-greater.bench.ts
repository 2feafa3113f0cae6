import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './next-greater.ts';

/**
 * n = nums.length. The input is strictly descending (random gaps), so no element has a greater
 * value to its right: a solution that scans rightwards from every index walks to the end every
 * time, n²/2 steps.
 *
 * Two more families: strictly ascending values, where a stack of candidates built from the right
 * only grows (a stack kept at the front of an array moves all of it at every step); and the
 * descending run closed by one value larger than all of them, where every answer exists but lies
 * at the far end (shortcuts that only skip hopeless scans still walk the whole way).
 */
function descending(n: number, rng: { int(min: number, max: number): number }): number[] {
  const nums = new Array<number>(n);
  let value = 0;
  for (let i = n - 1; i >= 0; i--) {
    value += rng.int(1, 5);
    nums[i] = value;
  }
  return nums;
}

export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  inputName: 'strictly descending values',
  input: (n, rng) => descending(n, rng),
  families: [
    {
      name: 'strictly ascending values',
      exposes: 'stacks kept at the front of an array (unshift/shift) that grow to n',
      input: (n, rng) => descending(n, rng).reverse(),
    },
    {
      name: 'descending values, then one larger than all',
      exposes: 'rightward scans that skip only indices with no greater value at all (suffix-maximum shortcuts)',
      input: (n, rng) => {
        const nums = descending(Math.max(0, n - 1), rng);
        nums.push((nums[0] ?? 0) + rng.int(1, 5));
        return nums;
      },
    },
  ],
  run: (impl, nums) => impl.nextGreater(nums),
  answersAgree: sameAnswer,
});
