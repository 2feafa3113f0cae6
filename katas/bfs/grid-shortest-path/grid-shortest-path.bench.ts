import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './grid-shortest-path.ts';

/**
 * n = number of cells. The input is a serpentine maze: even rows are open, odd rows are walls
 * with one gap, alternately at the right and the left end. The only route runs along every open
 * row, about n/2 steps. A row-by-row relaxation sweep pushes distances along a right-to-left
 * corridor by only one cell per sweep, so sweeping until nothing changes costs O(cells·path).
 *
 * A second family is an open square of about n cells without a single wall: many routes of equal
 * length and a wavefront of √n cells. A depth-first search that relaxes a cell again whenever a
 * shorter route reaches it keeps lowering distances set by winding first routes, and a frontier
 * kept as an array re-sorted after every expansion pays for the whole wavefront at every step.
 */
function serpentine(n: number): string[] {
  let height = Math.max(3, Math.round(Math.sqrt(n)));
  if (height % 2 === 0) height++;
  const width = Math.max(2, Math.round(n / height));
  const open = '.'.repeat(width);
  const gapRight = '#'.repeat(width - 1) + '.';
  const gapLeft = '.' + '#'.repeat(width - 1);
  return Array.from({ length: height }, (_, r) => (r % 2 === 0 ? open : r % 4 === 1 ? gapRight : gapLeft));
}

export default defineBench<typeof Kata, readonly string[]>({
  n: 'cells',
  inputName: 'a serpentine maze',
  input: (n) => serpentine(n),
  families: [
    {
      name: 'an open square',
      exposes: 'depth-first relaxation and sorted-array frontiers, which cost where routes branch and the wavefront is wide',
      input: (n) => {
        const side = Math.max(1, Math.round(Math.sqrt(n)));
        return Array.from({ length: side }, () => '.'.repeat(side));
      },
    },
  ],
  run: (impl, grid) => impl.gridShortestPath(grid),
  answersAgree: sameAnswer,
});
