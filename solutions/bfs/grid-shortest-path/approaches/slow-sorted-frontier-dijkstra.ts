/**
 * slow: Dijkstra with the frontier as an array of [distance, cell] pairs, re-sorted after each expansion and taken from the front with `shift()`.
 * Time: O(Σ f log f) over the expansions, f = frontier size at that moment: O(cells) when the
 * frontier stays tiny (a 1-wide corridor such as the bench's serpentine maze), O(cells^1.5 log
 * cells) on an open square grid (a frontier of ~√cells), O(cells² log cells) at worst.
 * exposed by: open grids with a wide wavefront, e.g. an all-`.` square, or a wide open band a few
 *   rows high entered along its whole side.
 *
 * Dijkstra is the general answer to "shortest path", and a sorted array looks like a simple
 * priority queue; with unit steps a FIFO queue is already in distance order, and the sort each
 * step costs the whole frontier.
 */
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return -1;
  if (grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  const target = height * width - 1;
  const dist = new Map<number, number>([[0, 0]]);
  const frontier: [number, number][] = [[0, 0]];
  const done = new Set<number>();
  while (frontier.length > 0) {
    frontier.sort((a, b) => a[0] - b[0]);
    const [d, cell] = frontier.shift()!;
    if (done.has(cell)) continue;
    done.add(cell);
    if (cell === target) return d;
    const r = Math.floor(cell / width);
    const c = cell % width;
    const moves: [number, number][] = [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]];
    for (const [nr, nc] of moves) {
      if (nr < 0 || nr >= height || nc < 0 || nc >= width || grid[nr]![nc] === '#') continue;
      const next = nr * width + nc;
      if (d + 1 < (dist.get(next) ?? Infinity)) {
        dist.set(next, d + 1);
        frontier.push([d + 1, next]);
      }
    }
  }
  return -1;
}
