// Mutant: counts the cells on the path instead of the steps between them (one too many).
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0 || grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  const dist = grid.map((row) => [...row].map(() => -1));
  dist[0]![0] = 1;
  const queue: [number, number][] = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head]!;
    for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
      if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
      if (grid[nr]![nc] === '#' || dist[nr]![nc] !== -1) continue;
      dist[nr]![nc] = dist[r]![c]! + 1;
      queue.push([nr, nc]);
    }
  }
  return dist[height - 1]![width - 1]!;
}
