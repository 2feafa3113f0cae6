/**
 * N-Queens: count the placements of n non-attacking queens on an n×n board.
 * Read README.md for the rules and examples; run `npx kata check n-queens` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the placements of `n` queens on an `n`×`n` board with no two attacking each other.
 *
 * @param n the board size, a non-negative integer
 * @returns the number of placements; `1` for `n = 0` (the empty placement)
 */
export function nQueens(n: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('nQueens');
}
