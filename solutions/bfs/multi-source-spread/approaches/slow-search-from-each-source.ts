/**
 * slow: one single-source breadth-first search per infected cell, keeping for every healthy cell the smallest distance over all the searches.
 * Time: O(I·cells), I = infected cells at the start: O(cells) with one source (the bench), O(cells²)
 * when a constant fraction of the cells is infected and each search sweeps the healthy region.
 * exposed by: many sources, e.g. a grid of two rows, the first all `I` and the second all `H`
 *   (n/2 searches, each covering the whole healthy row).
 *
 * The single-source BFS everyone knows, run once per source and combined with a minimum; the
 * multi-source trick (put every source in the queue at minute 0) is what it misses.
 */
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const cells = height * width;
  const sources: number[] = [];
  const healthy: number[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (grid[r]![c] === 'I') sources.push(r * width + c);
      else if (grid[r]![c] === 'H') healthy.push(r * width + c);
    }
  }
  if (healthy.length === 0) return 0;
  const isHealthy = (cell: number) => {
    const r = (cell / width) | 0;
    return grid[r]![cell - r * width] === 'H';
  };
  const nearest = new Float64Array(cells).fill(Infinity);
  for (const source of sources) {
    const dist = new Int32Array(cells).fill(-1);
    dist[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const cell = queue[head]!;
      const r = (cell / width) | 0;
      const c = cell - r * width;
      for (const next of [r > 0 ? cell - width : -1, r + 1 < height ? cell + width : -1, c > 0 ? cell - 1 : -1, c + 1 < width ? cell + 1 : -1]) {
        if (next < 0 || dist[next] !== -1 || !isHealthy(next)) continue;
        dist[next] = dist[cell]! + 1;
        if (dist[next]! < nearest[next]!) nearest[next] = dist[next]!;
        queue.push(next);
      }
    }
  }
  let answer = 0;
  for (const cell of healthy) {
    if (nearest[cell] === Infinity) return -1;
    if (nearest[cell]! > answer) answer = nearest[cell]!;
  }
  return answer;
}
