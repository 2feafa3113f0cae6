/**
 * Reference: multi-source breadth-first search.
 *
 * Every infected cell enters the queue at minute 0. BFS on unit steps hands out minutes in
 * non-decreasing order, and a healthy cell is infected (and its minute fixed) the first time any
 * infected neighbour reaches it, which is one minute after the nearest source's wave arrives
 * next door: exactly the simulation's minute. The answer is the last minute handed out, provided
 * every healthy cell was reached.
 *
 * `minute` (-1 = not infected, or not infectable) doubles as the visited set; the queue is a
 * preallocated Int32Array since every cell enters it at most once.
 *
 * Complexity: O(cells) time and memory.
 */
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const cells = height * width;
  const minute = new Int32Array(cells).fill(-1);
  const queue = new Int32Array(cells);
  let tail = 0;
  let healthy = 0;
  for (let r = 0; r < height; r++) {
    const row = grid[r]!;
    for (let c = 0; c < width; c++) {
      const ch = row[c];
      if (ch === 'I') {
        minute[r * width + c] = 0;
        queue[tail++] = r * width + c;
      } else if (ch === 'H') healthy++;
    }
  }
  if (healthy === 0) return 0;

  let last = 0;
  for (let head = 0; head < tail && healthy > 0; head++) {
    const cell = queue[head]!;
    const row = (cell / width) | 0;
    const col = cell - row * width;
    const next = minute[cell]! + 1;
    for (let move = 0; move < 4; move++) {
      let r = row;
      let c = col;
      if (move === 0) r--;
      else if (move === 1) r++;
      else if (move === 2) c--;
      else c++;
      if (r < 0 || r >= height || c < 0 || c >= width) continue;
      const neighbour = r * width + c;
      if (minute[neighbour] !== -1 || grid[r]![c] !== 'H') continue;
      minute[neighbour] = next;
      queue[tail++] = neighbour;
      healthy--;
      last = next;
    }
  }
  return healthy > 0 ? -1 : last;
}
