import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './count-paths.ts';

/**
 * n = the side of a square grid, so cells = n² and the O(cells) reference grows like n².
 * The grid is all open except one wall diagonally next to the exit: open, so the number of paths
 * is as large as an n × n grid allows (about 4^n / √n), and the wall stops a solution from
 * answering with the closed-form binomial C(2n - 2, n - 1).
 *
 * Sizes are linear, not doubling: the plain recursion is exponential in the side, so doubling it
 * would jump from milliseconds to hours. From 5 × 5 to 14 × 14 the recursion goes from a few
 * microseconds to about half a second per call (under the 1 s cap; it is over the harness's
 * per-call budget from about 13 on, which the verdict counts against it), while its ratio to the
 * reference grows by a factor of about 3.5 with every step of the side.
 */
export default defineBench<typeof Kata, string[]>({
  n: 'side of a square grid (cells = n²)',
  sizes: { kind: 'linear', values: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] },
  inputName: 'open square grid, one wall by the exit',
  input: (n) => {
    const grid = Array.from({ length: n }, () => '.'.repeat(n));
    grid[n - 2] = '.'.repeat(n - 2) + '#' + '.';
    return grid;
  },
  families: [
    {
      name: 'large open square grids',
      exposes: 'O(side) work per cell (re-splitting rows, frontier lists scanned per move): cubic, not quadratic, in the side',
      // Doubling sides up to the 1000-column limit: the plain recursion is not reachable here,
      // but an O(n³) solution's ratio to the O(n²) reference doubles with every size.
      sizes: { kind: 'doubling', minN: 8, maxN: 1000 },
      input: (n) => {
        const grid = Array.from({ length: n }, () => '.'.repeat(n));
        grid[n - 2] = '.'.repeat(n - 2) + '#' + '.';
        return grid;
      },
    },
  ],
  run: (impl, grid) => impl.countPaths(grid),
  answersAgree: sameAnswer,
});
