/**
 * Reference: scan the cells in order; every land cell not yet seen starts a new island, and a
 * breadth-first flood fill from it marks the whole island as seen.
 *
 * Invariant: after the fill started at a cell, every land cell 4-connected to it is marked, so
 * no later cell of the same island starts another count; each island is counted exactly once,
 * at its first cell in row-major order.
 *
 * The fill uses an explicit queue of cell numbers (row * width + col) in a typed array and marks
 * cells when they are enqueued, so each cell enters the queue at most once: a million-cell
 * island needs a 4 MB queue, not a million stack frames.
 *
 * Complexity: every cell is scanned once and enqueued at most once, with four neighbour checks:
 * O(cells) time, O(cells) extra memory.
 */
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const cells = height * width;
  if (cells === 0) return 0;

  const seen = new Uint8Array(cells);
  const queue = new Int32Array(cells);
  const isLand = (row: number, col: number) => grid[row]!.charCodeAt(col) === 49; // '1'

  let islands = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const start = row * width + col;
      if (seen[start] || !isLand(row, col)) continue;
      islands++;
      seen[start] = 1;
      let head = 0;
      let tail = 0;
      queue[tail++] = start;
      while (head < tail) {
        const cell = queue[head++]!;
        const r = (cell / width) | 0;
        const c = cell - r * width;
        if (r > 0 && !seen[cell - width] && isLand(r - 1, c)) { seen[cell - width] = 1; queue[tail++] = cell - width; }
        if (r + 1 < height && !seen[cell + width] && isLand(r + 1, c)) { seen[cell + width] = 1; queue[tail++] = cell + width; }
        if (c > 0 && !seen[cell - 1] && isLand(r, c - 1)) { seen[cell - 1] = 1; queue[tail++] = cell - 1; }
        if (c + 1 < width && !seen[cell + 1] && isLand(r, c + 1)) { seen[cell + 1] = 1; queue[tail++] = cell + 1; }
      }
    }
  }
  return islands;
}
