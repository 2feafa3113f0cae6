/**
 * Count Paths: count the right/down routes through a grid with walls, modulo 1 000 000 007.
 * Read README.md for the rules and examples; run `npx kata check count-paths` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the paths from the top-left to the bottom-right cell that move only right or down and
 * never touch a wall.
 *
 * @param grid rows of `.` (open) and `#` (wall), all the same length; read-only, never modified
 * @returns the number of such paths modulo 1 000 000 007; `0` when there is none or the grid is empty
 */
export function countPaths(grid: readonly string[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('countPaths');
}
