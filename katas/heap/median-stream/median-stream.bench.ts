import { defineBench } from '#kit';
import type * as Kata from './median-stream.ts';

/**
 * n = number of adds; every add is followed by a median() call. The brute force sorts all values
 * so far on each median(), O(n² log n) in total, against O(n log n) for the two heaps.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'adds, each followed by median()',
  input: (n, rng) => Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)),
  run: (impl, values) => {
    const finder = new impl.MedianFinder();
    let checksum = 0;
    for (const v of values) {
      finder.add(v);
      checksum = (checksum + finder.median()) % 1_000_000_007;
    }
    return checksum;
  },
});
