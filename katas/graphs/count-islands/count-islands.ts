/**
 * Count Islands: how many 4-connected groups of land cells a grid holds.
 * Read README.md for the rules and examples; run `npx kata check count-islands` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the islands of a grid: maximal groups of land cells (`'1'`) joined up, down, left or
 * right. Water is `'0'`.
 *
 * @param grid one string per row, all of the same length, made of `'0'` and `'1'`; read-only
 * @returns the number of islands
 */
export function countIslands(grid: readonly string[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('countIslands');
}
