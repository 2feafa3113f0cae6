/**
 * Grid Shortest Path: the fewest 4-directional steps from the top-left to the bottom-right cell.
 * Read README.md for the rules and examples; run `npx kata check grid-shortest-path` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the length of a shortest path through open cells.
 *
 * @param grid rows of `.` (open) and `#` (wall), all the same length; read-only, never modified
 * @returns the fewest steps from the top-left to the bottom-right cell; `0` for a single open
 *   cell; `-1` if either end is a wall, the end is unreachable, or the grid has no cells
 */
export function gridShortestPath(grid: readonly string[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('gridShortestPath');
}
