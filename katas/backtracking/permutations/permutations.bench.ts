import { defineBench } from '#kit';
import type * as Kata from './permutations.ts';

/** The key of each list ("3,-1,4"), sorted; null unless `value` is an array of arrays of numbers. */
function sortedKeys(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const keys: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const list: unknown = value[i];
    if (!Array.isArray(list)) return null;
    for (let j = 0; j < list.length; j++) if (typeof list[j] !== 'number') return null;
    keys.push(list.join(','));
  }
  return keys.sort();
}

/** Whether the two lists of lists hold the same lists, as multisets (the order of the lists is free, each list's own is not). */
function sameLists(answer: unknown, expected: unknown): boolean {
  const got = sortedKeys(answer);
  const want = sortedKeys(expected);
  return got !== null && want !== null && got.length === want.length && got.every((key, i) => key === want[i]);
}

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
  answersAgree: (_nums, answer, expected) => sameLists(answer, expected),
});
