import { defineBench } from '#kit';
import type * as Kata from './count-paths.ts';

/**
 * n = cells. The grid is ⌊√n⌋ rows by ⌊n / rows⌋ columns, all open except one wall diagonally
 * next to the exit: open, so the number of paths is as large as a grid of that size allows
 * (about 4^side), and the wall stops a solution from answering with the closed-form binomial.
 *
 * Sizes are linear, not doubling: the plain recursion is exponential in the side, so doubling the
 * cell count would jump from milliseconds to hours. From 36 to 182 cells (6 × 6 to 13 × 14) the
 * recursion goes from microseconds to about 0.2 s per call, its ratio to the O(cells) reference
 * growing by roughly 1.7 to 2 per step, while the largest call stays well under a second.
 */
export default defineBench<typeof Kata, string[]>({
  n: 'cells (rows × columns)',
  sizes: { kind: 'linear', values: [36, 42, 49, 56, 64, 72, 81, 90, 100, 110, 121, 132, 144, 156, 169, 182] },
  input: (n) => {
    const rows = Math.max(2, Math.floor(Math.sqrt(n)));
    const cols = Math.max(2, Math.floor(n / rows));
    const grid = Array.from({ length: rows }, () => '.'.repeat(cols));
    grid[rows - 2] = '.'.repeat(cols - 2) + '#' + '.';
    return grid;
  },
  run: (impl, grid) => impl.countPaths(grid),
});
