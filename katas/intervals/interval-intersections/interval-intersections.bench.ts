import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './interval-intersections.ts';

type Interval = readonly [number, number];

/** n sorted, disjoint intervals with random lengths and gaps, about 10n long in all. */
function sortedList(n: number, rng: { int(min: number, max: number): number }): Interval[] {
  const list: Interval[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const start = at + rng.int(1, 10);
    const end = start + rng.int(0, 10);
    list.push([start, end]);
    at = end;
  }
  return list;
}

/**
 * n = length of each list. Both lists span the same range, so the answer has O(n) intervals;
 * testing every pair is n² work whatever the overlap, the two-pointer sweep 2n steps.
 */
export default defineBench<typeof Kata, { a: Interval[]; b: Interval[] }>({
  n: 'intervals in each list',
  inputName: 'random overlapping lists',
  input: (n, rng) => ({ a: sortedList(n, rng), b: sortedList(n, rng) }),
  families: [
    {
      name: 'interleaved lists that never meet',
      exposes: 'scans that resume from the last intersection (which never moves) instead of a pointer',
      input: (n) => ({
        a: Array.from({ length: n }, (_, i): Interval => [4 * i, 4 * i + 1]),
        b: Array.from({ length: n }, (_, i): Interval => [4 * i + 2, 4 * i + 3]),
      }),
    },
  ],
  run: (impl, { a, b }) => impl.intersectIntervals(a, b),
  answersAgree: sameAnswer,
});
