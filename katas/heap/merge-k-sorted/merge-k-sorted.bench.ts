import { defineBench } from '#kit';
import type * as Kata from './merge-k-sorted.ts';

/**
 * n = N, the total number of values, in lists of length 4 (so k = N/4 lists): the brute force
 * scans all k heads for each of the N values, O(N²/4), against O(N log k) for the heap.
 */
export default defineBench<typeof Kata, number[][]>({
  n: 'total values (lists of length 4, k = n/4)',
  input: (n, rng) => {
    const lists: number[][] = [];
    for (let left = n; left > 0; left -= 4) {
      const list = Array.from({ length: Math.min(4, left) }, () => rng.int(-1_000_000_000, 1_000_000_000));
      lists.push(list.sort((a, b) => a - b));
    }
    return lists;
  },
  run: (impl, lists) => impl.mergeKSorted(lists),
});
