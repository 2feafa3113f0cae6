import { defineBench } from '#kit';
import type * as Kata from './merge-k-sorted.ts';

/**
 * n = N, the total number of values. The catalogue's input has lists of length 4 (so k = N/4
 * lists) of random values: the brute force scans all k heads for each of the N values, O(N²/4),
 * against O(N log k) for the heap. The other family keeps N values in the opposite shape: two long
 * lists of N/2 values each, interleaved, where any per-step cost in a list's length is O(N²).
 */
export default defineBench<typeof Kata, number[][]>({
  n: 'total values (lists of length 4, k = n/4; or two lists of n/2)',
  inputName: 'random lists of length 4',
  input: (n, rng) => {
    const lists: number[][] = [];
    for (let left = n; left > 0; left -= 4) {
      const list = Array.from({ length: Math.min(4, left) }, () => rng.int(-1_000_000_000, 1_000_000_000));
      lists.push(list.sort((a, b) => a - b));
    }
    return lists;
  },
  families: [
    {
      name: 'two long interleaved lists',
      exposes: 'advancing a list by copying its tail (slice(1)) or otherwise paying for its length on every step',
      input: (n, rng) => {
        const base = rng.int(-1_000_000_000, 0);
        const half = n >> 1;
        return [Array.from({ length: n - half }, (_, i) => base + 2 * i), Array.from({ length: half }, (_, i) => base + 2 * i + 1)];
      },
    },
  ],
  run: (impl, lists) => impl.mergeKSorted(lists),
});
