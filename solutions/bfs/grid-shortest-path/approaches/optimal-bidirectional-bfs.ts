/**
 * optimal: bidirectional BFS: one search from each corner, always advancing the smaller frontier by a whole level, until the two meet.
 * Time: O(cells): each search labels a cell at most once and looks at its four neighbours once
 * when it expands it; O(cells) memory (two distance arrays, three frontier buffers).
 *
 * Invariant: the top-left search has labelled exactly the cells within distance `depthA` of the
 * start, the other the cells within `depthB` of the end, and no path shorter than
 * depthA + depthB + 1 exists (the labelled regions do not touch yet). Expanding a whole level of
 * one side and taking the best meeting over that level gives the exact shortest length: any
 * shortest path crosses from the one region into the other through an edge seen in that level.
 * Expanding the smaller frontier keeps the work on open grids well below one full BFS.
 */
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return -1;
  const cells = height * width;
  if (grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  if (cells === 1) return 0;

  const open = new Uint8Array(cells);
  for (let r = 0; r < height; r++) {
    const row = grid[r]!;
    for (let c = 0; c < width; c++) open[r * width + c] = row.charCodeAt(c) === 46 /* . */ ? 1 : 0;
  }
  const fromStart = new Int32Array(cells).fill(-1);
  const fromEnd = new Int32Array(cells).fill(-1);
  fromStart[0] = 0;
  fromEnd[cells - 1] = 0;
  let frontierA = new Int32Array(cells);
  let frontierB = new Int32Array(cells);
  let nextFrontier = new Int32Array(cells);
  let sizeA = 1;
  let sizeB = 1;
  frontierA[0] = 0;
  frontierB[0] = cells - 1;

  while (sizeA > 0 && sizeB > 0) {
    const expandA = sizeA <= sizeB;
    const frontier = expandA ? frontierA : frontierB;
    const size = expandA ? sizeA : sizeB;
    const mine = expandA ? fromStart : fromEnd;
    const theirs = expandA ? fromEnd : fromStart;
    let nextSize = 0;
    let best = -1;
    for (let k = 0; k < size; k++) {
      const cell = frontier[k]!;
      const d = mine[cell]! + 1;
      const c = cell % width;
      for (let m = 0; m < 4; m++) {
        let next: number;
        if (m === 0) next = cell >= width ? cell - width : -1;
        else if (m === 1) next = cell + width < cells ? cell + width : -1;
        else if (m === 2) next = c > 0 ? cell - 1 : -1;
        else next = c + 1 < width ? cell + 1 : -1;
        if (next < 0 || open[next] === 0) continue;
        const other = theirs[next]!;
        if (other !== -1 && (best === -1 || d + other < best)) best = d + other;
        if (mine[next] !== -1) continue;
        mine[next] = d;
        nextFrontier[nextSize++] = next;
      }
    }
    if (best !== -1) return best;
    // The finished frontier's buffer is recycled for the next level.
    if (expandA) {
      [frontierA, nextFrontier] = [nextFrontier, frontierA];
      sizeA = nextSize;
    } else {
      [frontierB, nextFrontier] = [nextFrontier, frontierB];
      sizeB = nextSize;
    }
  }
  return -1;
}
