/**
 * slow: for every healthy cell, a breadth-first search through healthy cells to the nearest infected one; the answer is the largest of those distances.
 * Time: O(H·cells) in the worst case, H = healthy cells: each search may cover the whole region
 * before it meets a source; O(cells²) on a long corridor with one source at its end.
 * exposed by: long spreads, e.g. the bench's serpentine corridor (each search walks the corridor
 *   back to the single infected cell).
 *
 * "The minute a cell falls is its distance to the nearest infected cell" is the right insight,
 * asked the wrong way round: one search per target instead of one search from all the sources.
 */
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const cells = height * width;
  const kind = new Uint8Array(cells); // 0 empty, 1 healthy, 2 infected
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) kind[r * width + c] = grid[r]![c] === 'H' ? 1 : grid[r]![c] === 'I' ? 2 : 0;
  }
  const seen = new Int32Array(cells).fill(-1); // search id that last reached the cell
  const dist = new Int32Array(cells);
  const queue = new Int32Array(cells);
  let answer = 0;
  for (let from = 0; from < cells; from++) {
    if (kind[from] !== 1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = from;
    seen[from] = from;
    dist[from] = 0;
    let found = -1;
    while (head < tail && found === -1) {
      const cell = queue[head++]!;
      const r = (cell / width) | 0;
      const c = cell - r * width;
      const around = [r > 0 ? cell - width : -1, r + 1 < height ? cell + width : -1, c > 0 ? cell - 1 : -1, c + 1 < width ? cell + 1 : -1];
      for (const next of around) {
        if (next < 0 || seen[next] === from || kind[next] === 0) continue;
        if (kind[next] === 2) {
          found = dist[cell]! + 1;
          break;
        }
        seen[next] = from;
        dist[next] = dist[cell]! + 1;
        queue[tail++] = next;
      }
    }
    if (found === -1) return -1; // this healthy cell is cut off from every source
    if (found > answer) answer = found;
  }
  return answer;
}
