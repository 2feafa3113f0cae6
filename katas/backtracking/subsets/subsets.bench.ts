import { defineBench, sameAnswerAnyOrder } from '#kit';
import type * as Kata from './subsets.ts';

/**
 * n = nums.length. Any list of n distinct values has the same 2ⁿ subsets, so the input is a
 * shuffled run of distinct integers; n steps by one because the work doubles with every value.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  sizes: { kind: 'linear', values: [11, 12, 13, 14, 15] },
  inputName: 'distinct values',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i * 3 - n)),
  run: (impl, nums) => impl.subsets(nums),
  // Subsets in any order, each in input order: the same subsets as the reference's, each once, compared as sorted keys.
  answersAgree: sameAnswerAnyOrder,
});
