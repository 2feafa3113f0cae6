import { defineBench, sameAnswerAnyOrder } from '#kit';
import type * as Kata from './combination-sum.ts';

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
  answersAgree: sameAnswerAnyOrder,
});
