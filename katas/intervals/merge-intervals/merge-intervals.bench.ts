import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './merge-intervals.ts';

type Interval = readonly [number, number];

/**
 * n = intervals.length. The intervals are pairwise disjoint (separated by gaps) and shuffled, so
 * nothing merges: a solution that looks for an overlapping pair among all pairs examines all
 * n²/2 of them before it can stop, while sorting costs O(n log n).
 */
export default defineBench<typeof Kata, Interval[]>({
  n: 'number of intervals',
  inputName: 'disjoint intervals, shuffled',
  input: (n, rng) => {
    const sorted: Interval[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const start = at + rng.int(1, 10);
      const end = start + rng.int(0, 10);
      sorted.push([start, end]);
      at = end;
    }
    return rng.shuffle(sorted);
  },
  families: [
    {
      // Already in order, so sorting them is linear (V8's TimSort finds one run) and the cost of
      // each merge is what grows: shuffled, the n log n sort with a comparator hid a copy per merge
      // until n = 8 192 (ratio slope 0.46-0.64, judged inconclusive under load, 2026-12-07).
      name: 'overlapping pairs, in order',
      exposes: 'merged lists copied (or rescanned) on every merge',
      input: (n) => {
        const pairs: Interval[] = [];
        for (let i = 0; pairs.length < n; i++) {
          pairs.push([10 * i, 10 * i + 5]);
          if (pairs.length < n) pairs.push([10 * i + 3, 10 * i + 8]);
        }
        return pairs;
      },
    },
  ],
  run: (impl, intervals) => impl.mergeIntervals(intervals),
  answersAgree: sameAnswer,
});
