import { defineBench, sameAnswerAnyOrder } from '#kit';
import type * as Kata from './permutations.ts';

/**
 * n = nums.length. Any list of n distinct values has the same n! orderings, so the input is a
 * shuffled run of distinct integers; n steps by one because the work multiplies by n each step.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  sizes: { kind: 'linear', values: [5, 6, 7, 8] },
  inputName: 'distinct values',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i * 5 - n)),
  run: (impl, nums) => impl.permutations(nums),
  // Orderings in any order: the same n! orderings as the reference's, each once, compared as sorted keys.
  answersAgree: sameAnswerAnyOrder,
});
