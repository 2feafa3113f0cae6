/**
 * Multi-Source Spread: minutes until an infection starting from every `I` cell reaches every `H` cell.
 * Read README.md for the rules and examples; run `npx kata check multi-source-spread` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the minutes the infection needs to reach every healthy cell.
 *
 * @param grid rows of `I` (infected), `H` (healthy) and `.` (empty), all the same length;
 *   read-only, never modified
 * @returns minutes until no cell is healthy; `0` if none is healthy at the start; `-1` if some
 *   healthy cell can never be infected
 */
export function minutesToSpread(grid: readonly string[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('minutesToSpread');
}
