import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './knapsack.ts';

type Item = { weight: number; value: number };

const CAPACITY = 1000;

/**
 * n = items; the capacity stays at 1000, so the O(n · capacity) reference grows linearly in n.
 * Weights are drawn from 1..⌊2000 / n⌋, so the items' total weight is about the capacity: almost
 * every subset fits and the include/exclude recursion cannot prune, paying close to 2^n calls.
 *
 * Sizes are linear, not doubling: the recursion doubles with every extra item. From 8 to 23 items
 * it goes from microseconds to about a hundred milliseconds per call, its ratio to the reference
 * growing by about 1.8 per step, while the largest call stays under a second.
 */
export default defineBench<typeof Kata, { items: Item[]; capacity: number }>({
  n: 'items (capacity fixed at 1000)',
  sizes: { kind: 'linear', values: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23] },
  inputName: 'light items, total weight about the capacity',
  input: (n, rng) => ({
    items: Array.from({ length: n }, () => ({ weight: rng.int(1, Math.floor((2 * CAPACITY) / n)), value: rng.int(1, 1000) })),
    capacity: CAPACITY,
  }),
  families: [
    {
      name: 'many items',
      exposes: 'memo tables kept as lists searched by scan: quadratic in the number of states',
      // Doubling item counts up to the 1000-item limit (same capacity, weights 1..100): beyond the
      // plain recursion's reach, but the O(n · capacity) reference takes measurable time.
      sizes: { kind: 'doubling', minN: 16, maxN: 1000 },
      input: (n, rng) => ({
        items: Array.from({ length: n }, () => ({ weight: rng.int(1, 100), value: rng.int(1, 1000) })),
        capacity: CAPACITY,
      }),
    },
  ],
  run: (impl, { items, capacity }) => impl.knapsack(items, capacity),
  answersAgree: sameAnswer,
});
