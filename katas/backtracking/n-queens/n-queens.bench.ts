import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './n-queens.ts';

/**
 * n = board size. The input is just n; n steps by one because the count itself grows by a factor
 * with every step. Brute force (every column permutation, checked at the end) costs about n·n!,
 * the pruned search far less, so their ratio keeps growing.
 * Sizes start at 8: below it fixed per-call costs dominate and solutions that try the n columns
 * of a row with O(1) lookups (against the reference's bit tricks) show a one-off step in their
 * ratio that reads as growth.
 */
export default defineBench<typeof Kata, number>({
  n: 'board size',
  sizes: { kind: 'linear', values: [8, 9, 10, 11, 12] },
  inputName: 'empty n × n board',
  input: (n) => n,
  run: (impl, n) => impl.nQueens(n),
  answersAgree: sameAnswer,
});
