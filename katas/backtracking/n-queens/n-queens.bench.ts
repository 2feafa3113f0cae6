import { defineBench } from '#kit';
import type * as Kata from './n-queens.ts';

/**
 * n = board size. The input is just n; n steps by one because the count itself grows by a factor
 * with every step. Brute force (every column permutation, checked at the end) costs about n·n!,
 * the pruned search far less, so their ratio keeps growing.
 */
export default defineBench<typeof Kata, number>({
  n: 'board size',
  sizes: { kind: 'linear', values: [5, 6, 7, 8, 9, 10, 11] },
  input: (n) => n,
  run: (impl, n) => impl.nQueens(n),
});
