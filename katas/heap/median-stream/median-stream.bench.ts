import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './median-stream.ts';

/**
 * n = number of adds; every add is followed by a median() call. The brute force sorts all values
 * so far on each median(), O(n² log n) in total, against O(n log n) for the two heaps. The other
 * family is a sorted stream (distinct values in descending order), like ids or timestamps read
 * newest first: every add is the smallest value so far.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'adds, each followed by median()',
  inputName: 'random values',
  input: (n, rng) => Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)),
  families: [
    {
      name: 'descending values',
      exposes: 'unbalanced search trees (one long path) and a sorted array kept with splice (every add lands at index 0)',
      input: (n, rng) => {
        const top = rng.int(0, 1_000_000_000);
        return Array.from({ length: n }, (_, i) => top - i);
      },
    },
  ],
  run: (impl, values) => {
    const finder = new impl.MedianFinder();
    let checksum = 0;
    for (const v of values) {
      finder.add(v);
      checksum = (checksum + finder.median()) % 1_000_000_007;
    }
    return checksum;
  },
  answersAgree: sameAnswer,
});
