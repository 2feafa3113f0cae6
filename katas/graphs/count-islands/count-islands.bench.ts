import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './count-islands.ts';

/**
 * n = cells, a square grid of side ≈ √n holding one serpentine island: even rows are all land,
 * odd rows are water except one cell joining the rows above and below, at the right end and the
 * left end alternately. The island's path winds back and forth across every row, so a label
 * pushed along it by reading-order sweeps moves only one cell per sweep on every leftward row:
 * about cells/4 sweeps of all the cells, O(cells²), against O(cells) for a flood fill.
 *
 * The families change the number and the shape of the islands:
 * - rows of single-cell islands (`1010…`) between water rows, a square grid holding cells/4
 *   islands: anything paid once per island in proportion to the grid (a scan for the next
 *   start from the top-left corner) is O(cells²).
 * - one row of n land cells (the tests' 100 000-cell strip, so the sizes stop at 65 536): a
 *   flood fill that rebuilds a row string to mark each visited cell copies the whole row every
 *   time, O(n²).
 */
export default defineBench<typeof Kata, string[]>({
  n: 'cells (square grid, one serpentine island; or rows of islands; or one row of land)',
  inputName: 'a serpentine island',
  input: (n, rng) => {
    const side = Math.max(2, Math.round(Math.sqrt(n)));
    const land = '1'.repeat(side);
    const water = '0'.repeat(side);
    const joinRight = water.slice(1) + '1';
    const joinLeft = '1' + water.slice(1);
    const flip = rng.int(0, 1) === 1;
    return Array.from({ length: side }, (_, row) => {
      if (row % 2 === 0) return land;
      const right = (row % 4 === 1) !== flip;
      return right ? joinRight : joinLeft;
    });
  },
  families: [
    {
      name: 'rows of single-cell islands',
      exposes: 'a scan for the next unvisited land cell that restarts at the top-left corner after every island',
      input: (n, rng) => {
        const side = Math.max(2, Math.round(Math.sqrt(n)));
        // Islands on the even or the odd columns, at random; water rows in between.
        const islands = rng.int(0, 1) === 1 ? '10'.repeat(side).slice(0, side) : '01'.repeat(side).slice(0, side);
        const water = '0'.repeat(side);
        return Array.from({ length: side }, (_, row) => (row % 2 === 0 ? islands : water));
      },
    },
    {
      name: 'one row of land',
      exposes: 'sinking each visited cell by rebuilding its row string (a copy of the whole row per cell)',
      sizes: { kind: 'doubling', maxN: 100_000 },
      input: (n) => ['1'.repeat(n)],
    },
  ],
  run: (impl, grid) => impl.countIslands(grid),
  answersAgree: sameAnswer,
});
