/**
 * slow: depth-first search with an explicit stack that re-explores a cell whenever it is reached by a shorter path than before (label correcting, last in first out).
 * Time: O(cells) when there is a single route (each cell is reached once, as in the bench's
 * serpentine maze); on open areas the first, winding route sets long distances that later
 * shorter routes lower again and again, far beyond O(cells) (measured ≈ cells^2 or worse on open
 * square grids).
 * exposed by: open grids, i.e. few or no walls (e.g. an all-`.` square of n cells).
 *
 * "DFS, but keep the best distance per cell and revisit when improved" is correct (it stops only
 * when no distance can be lowered), and it behaves like BFS in a corridor; the order of
 * exploration is what makes it degrade where paths branch.
 */
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return -1;
  if (grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  const cells = height * width;
  const best = new Float64Array(cells).fill(Infinity);
  const stackCell: number[] = [0];
  const stackDist: number[] = [0];
  while (stackCell.length > 0) {
    const cell = stackCell.pop()!;
    const d = stackDist.pop()!;
    if (d >= best[cell]!) continue; // already reached at least as cheaply
    best[cell] = d;
    const r = (cell / width) | 0;
    const c = cell - r * width;
    // Neighbours pushed so that right, then down, are explored first: a winding first route.
    const around = [
      r > 0 ? cell - width : -1,
      c > 0 ? cell - 1 : -1,
      r + 1 < height ? cell + width : -1,
      c + 1 < width ? cell + 1 : -1,
    ];
    for (const next of around) {
      if (next < 0 || d + 1 >= best[next]!) continue;
      const nr = (next / width) | 0;
      if (grid[nr]![next - nr * width] === '#') continue;
      stackCell.push(next);
      stackDist.push(d + 1);
    }
  }
  const d = best[cells - 1]!;
  return d === Infinity ? -1 : d;
}
