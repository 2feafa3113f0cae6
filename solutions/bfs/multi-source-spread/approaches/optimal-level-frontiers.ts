/**
 * optimal: level-synchronous multi-source BFS over a padded copy of the grid: two typed-array frontiers swapped each minute, cells infected the moment they are reached.
 * Time: O(cells): every cell is infected at most once and each infected cell looks at its four
 * neighbours once; O(cells) memory.
 *
 * The reference runs one FIFO queue and reads the minute from a per-cell array; here the minute
 * is the loop counter: frontier k holds exactly the cells infected in minute k, and marking a
 * cell infected as soon as it is added keeps it out of every later frontier (and out of this
 * one twice). A border of empty cells around the copy removes every bounds check: a
 * neighbour is always `cell ± 1` or `cell ± stride`.
 */
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return 0;
  const stride = width + 2;
  const state = new Uint8Array((height + 2) * stride); // 0 empty (and the border), 1 healthy, 2 infected
  let frontier = new Int32Array(height * width);
  let next = new Int32Array(height * width);
  let size = 0;
  let healthy = 0;
  for (let r = 0; r < height; r++) {
    const row = grid[r]!;
    for (let c = 0; c < width; c++) {
      const cell = (r + 1) * stride + c + 1;
      const ch = row.charCodeAt(c);
      if (ch === 72 /* H */) {
        state[cell] = 1;
        healthy++;
      } else if (ch === 73 /* I */) {
        state[cell] = 2;
        frontier[size++] = cell;
      }
    }
  }
  let minutes = 0;
  while (healthy > 0 && size > 0) {
    let nextSize = 0;
    for (let k = 0; k < size; k++) {
      const cell = frontier[k]!;
      const around0 = cell - stride;
      const around1 = cell + stride;
      const around2 = cell - 1;
      const around3 = cell + 1;
      if (state[around0] === 1) { state[around0] = 2; next[nextSize++] = around0; }
      if (state[around1] === 1) { state[around1] = 2; next[nextSize++] = around1; }
      if (state[around2] === 1) { state[around2] = 2; next[nextSize++] = around2; }
      if (state[around3] === 1) { state[around3] = 2; next[nextSize++] = around3; }
    }
    if (nextSize === 0) break;
    minutes++;
    healthy -= nextSize;
    [frontier, next] = [next, frontier];
    size = nextSize;
  }
  return healthy > 0 ? -1 : minutes;
}
