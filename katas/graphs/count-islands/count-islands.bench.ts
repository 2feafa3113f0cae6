import { defineBench } from '#kit';
import type * as Kata from './count-islands.ts';

/**
 * n = cells, a square grid of side ≈ √n holding one serpentine island: even rows are all land,
 * odd rows are water except one cell joining the rows above and below, at the right end and the
 * left end alternately. The island's path winds back and forth across every row, so a label
 * pushed along it by reading-order sweeps moves only one cell per sweep on every leftward row:
 * about cells/4 sweeps of all the cells, O(cells²), against O(cells) for a flood fill.
 */
export default defineBench<typeof Kata, string[]>({
  n: 'cells (square grid, one serpentine island)',
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
  run: (impl, grid) => impl.countIslands(grid),
});
