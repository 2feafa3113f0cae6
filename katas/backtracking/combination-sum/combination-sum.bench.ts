import { defineBench } from '#kit';
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
  input: (n, rng) => {
    const candidates = rng.shuffle(Array.from({ length: n }, (_, i) => i + 1));
    return { candidates, target: Math.round(((n * (n + 1)) / 2) * 0.15) };
  },
  run: (impl, { candidates, target }) => impl.combinationSum(candidates, target),
});
