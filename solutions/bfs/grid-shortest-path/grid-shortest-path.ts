/**
 * Reference: breadth-first search from the top-left cell over cell numbers `row * width + col`.
 *
 * Invariant: cells leave the queue in order of distance (BFS on unit-length edges), and a cell's
 * distance is fixed the moment it is first discovered, from a neighbour one step closer. So the
 * first time the bottom-right cell is discovered, its distance is the shortest.
 *
 * `dist` (-1 = not discovered) doubles as the visited set; the queue is a preallocated Int32Array
 * because every cell enters it at most once.
 *
 * Complexity: O(cells) time and memory.
 */
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return -1;
  const target = height * width - 1;
  if (grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  if (target === 0) return 0;

  const dist = new Int32Array(height * width).fill(-1);
  const queue = new Int32Array(height * width);
  let head = 0;
  let tail = 0;
  dist[0] = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const cell = queue[head++]!;
    const row = (cell / width) | 0;
    const col = cell - row * width;
    const next = dist[cell]! + 1;
    // The four moves, each guarded by its bound: up, down, left, right.
    for (let move = 0; move < 4; move++) {
      let r = row;
      let c = col;
      if (move === 0) r--;
      else if (move === 1) r++;
      else if (move === 2) c--;
      else c++;
      if (r < 0 || r >= height || c < 0 || c >= width) continue;
      const neighbour = r * width + c;
      if (dist[neighbour] !== -1 || grid[r]!.charCodeAt(c) === 35 /* '#' */) continue;
      if (neighbour === target) return next;
      dist[neighbour] = next;
      queue[tail++] = neighbour;
    }
  }
  return -1;
}
