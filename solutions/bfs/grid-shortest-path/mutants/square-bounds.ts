// Mutant: bounds-checks columns against the number of rows, as if every grid were square.
export function gridShortestPath(grid: readonly string[]): number {
  const n = grid.length;
  if (n === 0 || grid[0]!.length === 0) return -1;
  const last = grid[0]!.length - 1;
  if (grid[0]![0] === '#' || grid[n - 1]![last] === '#') return -1;
  const dist = new Map<string, number>([['0,0', 0]]);
  const queue: [number, number][] = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head]!;
    for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
      if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
      if (grid[nr]![nc] !== '.' || dist.has(`${nr},${nc}`)) continue;
      dist.set(`${nr},${nc}`, dist.get(`${r},${c}`)! + 1);
      queue.push([nr, nc]);
    }
  }
  return dist.get(`${n - 1},${last}`) ?? -1;
}
