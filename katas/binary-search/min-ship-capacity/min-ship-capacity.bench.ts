import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './min-ship-capacity.ts';

/**
 * n = weights.length, weights random in 1..10, days = 1: the answer is the total weight (about
 * 5.5·n), as far as it can be from the heaviest package. Trying capacities from the heaviest
 * upward runs about 5.5·n simulations of O(n) each, O(n²); the binary search runs about
 * log2(5.5·n) of them, O(n log n). The other family is the same weights with a loose deadline,
 * days = n/2: the answer is then near the heaviest package, far below the total.
 */
export default defineBench<typeof Kata, { weights: number[]; days: number }>({
  n: 'length of weights (days = 1, or n/2)',
  inputName: 'one day',
  input: (n, rng) => ({ weights: Array.from({ length: n }, () => rng.int(1, 10)), days: 1 }),
  families: [
    {
      name: 'days = n/2',
      exposes: 'lowering the capacity one unit at a time from the total, and partition DPs over (packages, days)',
      input: (n, rng) => ({ weights: Array.from({ length: n }, () => rng.int(1, 10)), days: Math.max(1, n >> 1) }),
    },
  ],
  run: (impl, { weights, days }) => impl.minShipCapacity(weights, days),
  answersAgree: sameAnswer,
});
