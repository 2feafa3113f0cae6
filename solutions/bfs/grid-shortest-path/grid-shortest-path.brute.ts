/**
 * Brute force: relaxation sweeps. Start with distance 0 at the top-left and infinity elsewhere,
 * then sweep the whole grid row by row, lowering each open cell to one more than its best
 * neighbour, until a sweep changes nothing. Correct (Bellman-Ford on the grid graph), but a
 * sweep can carry a distance only one cell against the sweep direction, so it needs about as
 * many sweeps as the path has right-to-left or upward steps: O(cells·path), O(cells²) on a
 * serpentine maze.
 */
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return -1;
  if (grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;

  const open = new Uint8Array(height * width);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) open[r * width + c] = grid[r]![c] === '#' ? 0 : 1;
  const dist = new Float64Array(height * width).fill(Infinity);
  dist[0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const cell = r * width + c;
        if (!open[cell]) continue;
        let best = dist[cell]!;
        if (r > 0 && dist[cell - width]! + 1 < best) best = dist[cell - width]! + 1;
        if (r + 1 < height && dist[cell + width]! + 1 < best) best = dist[cell + width]! + 1;
        if (c > 0 && dist[cell - 1]! + 1 < best) best = dist[cell - 1]! + 1;
        if (c + 1 < width && dist[cell + 1]! + 1 < best) best = dist[cell + 1]! + 1;
        if (best < dist[cell]!) {
          dist[cell] = best;
          changed = true;
        }
      }
    }
  }
  const d = dist[height * width - 1]!;
  return d === Infinity ? -1 : d;
}
