import { defineBench } from '#kit';
import type * as Kata from './pair-sums.ts';

/**
 * n = amounts.length. Amounts are drawn from [-n, n], so values repeat and more than a third of
 * them have a partner: the output is long and the brute force's dedupe has real work to do on
 * top of its n(n-1)/2 pair checks, which it makes whatever the input.
 */
export default defineBench<typeof Kata, { amounts: number[]; target: number }>({
  n: 'length of amounts',
  input: (n, rng) => ({
    amounts: Array.from({ length: n }, () => rng.int(-n, n)),
    target: rng.int(-8, 8),
  }),
  run: (impl, { amounts, target }) => impl.pairSums(amounts, target),
});
