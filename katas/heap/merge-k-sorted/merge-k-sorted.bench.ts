import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './merge-k-sorted.ts';

/**
 * n = N, the total number of values. The catalogue's input has lists of length 4 (so k = N/4
 * lists) of random values: the brute force scans all k heads for each of the N values, O(N²/4),
 * against O(N log k) for the heap. The families keep N values:
 * - in the opposite shape, two long lists of N/2 values each, interleaved, where any per-step
 *   cost in a list's length is O(N²);
 * - in many short lists again, k = N/2 lists of two values, striped: list i holds i and i + k
 *   (ids dealt round-robin to k shards), so every list's second value is larger than every other
 *   head. A sorted array of heads then re-inserts each advanced list at the far end, moving all k
 *   entries (a `splice` per value), O(N·k) = O(N²). Each move is one memmove, so cheap per entry
 *   that it costs more than the heap's O(log k) sift only from k ≈ 4 000 on: the family's sizes
 *   are N = 4 096 to 65 536 (k up to 32 768; the bench's own input reaches k = 16 384).
 */
export default defineBench<typeof Kata, number[][]>({
  n: 'total values (lists of length 4, k = n/4; two lists of n/2; or n/2 pairs)',
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
    {
      name: 'striped pairs',
      exposes: 'a sorted array of heads kept with splice: each advanced list goes back past all k others',
      sizes: { kind: 'doubling', minN: 4096, maxN: 65_536 },
      input: (n, rng) => {
        const base = rng.int(-1_000_000_000, 0);
        const k = Math.max(1, Math.ceil(n / 2));
        const lists: number[][] = Array.from({ length: k }, () => []);
        for (let v = 0; v < n; v++) lists[v % k]!.push(base + v);
        return lists;
      },
    },
  ],
  run: (impl, lists) => impl.mergeKSorted(lists),
  answersAgree: sameAnswer,
});
