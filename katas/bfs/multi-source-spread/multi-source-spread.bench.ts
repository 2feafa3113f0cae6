import { defineBench } from '#kit';
import type * as Kata from './multi-source-spread.ts';

/**
 * n = number of cells. The input is a serpentine corridor: even rows are all healthy, odd rows
 * are empty except one healthy gap, alternately at the right and the left end; the one infected
 * cell is the top-left corner. The spread walks the whole corridor, about n/2 minutes, so
 * simulating minute by minute over the whole grid costs O(cells·minutes) = O(n²).
 */
export default defineBench<typeof Kata, readonly string[]>({
  n: 'cells (a serpentine corridor)',
  input: (n) => {
    let height = Math.max(3, Math.round(Math.sqrt(n)));
    if (height % 2 === 0) height++;
    const width = Math.max(2, Math.round(n / height));
    const full = 'H'.repeat(width);
    const gapRight = '.'.repeat(width - 1) + 'H';
    const gapLeft = 'H' + '.'.repeat(width - 1);
    return Array.from({ length: height }, (_, r) => (r === 0 ? 'I' + full.slice(1) : r % 2 === 0 ? full : r % 4 === 1 ? gapRight : gapLeft));
  },
  run: (impl, grid) => impl.minutesToSpread(grid),
});
