import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './pair-sums.ts';

/**
 * n = amounts.length. Amounts are drawn from [-n, n], so values repeat and more than a third of
 * them have a partner: the output is long and the brute force's dedupe has real work to do on
 * top of its n(n-1)/2 pair checks, which it makes whatever the input.
 */
export default defineBench<typeof Kata, { amounts: number[]; target: number }>({
  n: 'length of amounts',
  inputName: 'random amounts in [-n, n]',
  input: (n, rng) => ({
    amounts: Array.from({ length: n }, () => rng.int(-n, n)),
    target: rng.int(-8, 8),
  }),
  families: [
    {
      name: 'one repeated amount',
      exposes: 'per-value position lists filtered or scanned for every copy of a value',
      input: (n, rng) => {
        const value = rng.int(-1_000, 1_000);
        return { amounts: new Array<number>(n).fill(value), target: 2 * value };
      },
    },
    {
      name: 'ascending distinct amounts',
      exposes: 'first-element-pivot quicksorts of pairs already in order, and result lists searched before each push',
      input: (n, rng) => {
        const base = rng.int(-1_000, 1_000);
        return { amounts: Array.from({ length: n }, (_, i) => base + i), target: 2 * base + n - 1 };
      },
    },
  ],
  run: (impl, { amounts, target }) => impl.pairSums(amounts, target),
  answersAgree: sameAnswer,
});
