import { defineBench } from '#kit';
import type * as Kata from './combination-sum.ts';

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
 * n = candidates.length: the values 1..n in shuffled order and a target of about 15% of their
 * total. Most subsets overshoot early, so a pruned search visits a shrinking fraction of the 2ⁿ
 * subsets that the enumerate-then-filter brute force always pays for (its ratio to the
 * reference grows by about a third per step of n).
 */
export default defineBench<typeof Kata, { candidates: number[]; target: number }>({
  n: 'length of candidates',
  sizes: { kind: 'linear', values: [12, 13, 14, 15, 16, 17, 18] },
  inputName: 'values 1..n, target 15% of their sum',
  input: (n, rng) => {
    const candidates = rng.shuffle(Array.from({ length: n }, (_, i) => i + 1));
    return { candidates, target: Math.round(((n * (n + 1)) / 2) * 0.15) };
  },
  families: [
    {
      name: 'many equal candidates',
      exposes: 'searches that do not skip equal siblings (one multiset reached along many paths) and deduplicate afterwards',
      // Ones and twos, target n/2: few distinct multisets, but C(n, k) position-paths to each.
      input: (n, rng) => ({ candidates: Array.from({ length: n }, () => rng.int(1, 2)), target: n >> 1 }),
    },
  ],
  run: (impl, { candidates, target }) => impl.combinationSum(candidates, target),
  // Combinations in any order, each ascending: the same combinations as the reference's, each once, compared as sorted keys.
  answersAgree: (_input, answer, expected) => sameLists(answer, expected),
});
