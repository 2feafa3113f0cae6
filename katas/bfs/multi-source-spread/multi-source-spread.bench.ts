import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './multi-source-spread.ts';

/**
 * n = number of cells. The input is a serpentine corridor: even rows are all healthy, odd rows
 * are empty except one healthy gap, alternately at the right and the left end; the one infected
 * cell is the top-left corner. The spread walks the whole corridor, about n/2 minutes, so
 * simulating minute by minute over the whole grid costs O(cells·minutes) = O(n²).
 *
 * A second family has many sources and a wide front: two rows, the top one all infected and the
 * bottom one all healthy, so n/2 cells fall in minute 1. A search run once per infected cell
 * sweeps the healthy row n/2 times, and a front deduplicated with `includes` searches the list of
 * cells infected this minute for each of its n/2 entries.
 */
export default defineBench<typeof Kata, readonly string[]>({
  n: 'cells',
  inputName: 'a serpentine corridor from one corner',
  input: (n) => {
    let height = Math.max(3, Math.round(Math.sqrt(n)));
    if (height % 2 === 0) height++;
    const width = Math.max(2, Math.round(n / height));
    const full = 'H'.repeat(width);
    const gapRight = '.'.repeat(width - 1) + 'H';
    const gapLeft = 'H' + '.'.repeat(width - 1);
    return Array.from({ length: height }, (_, r) => (r === 0 ? 'I' + full.slice(1) : r % 2 === 0 ? full : r % 4 === 1 ? gapRight : gapLeft));
  },
  families: [
    {
      name: 'an infected row over a healthy row',
      exposes: 'one search per source, and fronts deduplicated with includes, which cost when many cells fall at once',
      input: (n) => {
        const width = Math.max(1, Math.round(n / 2));
        return ['I'.repeat(width), 'H'.repeat(width)];
      },
    },
  ],
  run: (impl, grid) => impl.minutesToSpread(grid),
  answersAgree: sameAnswer,
});
