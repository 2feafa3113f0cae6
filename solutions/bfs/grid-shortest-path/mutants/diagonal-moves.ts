// Mutant: lets a step go to any of the eight surrounding cells, diagonals included.
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0 || grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  const dist = grid.map((row) => [...row].map(() => -1));
  dist[0]![0] = 0;
  const queue: [number, number][] = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head]!;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
        if (grid[nr]![nc] === '#' || dist[nr]![nc] !== -1) continue;
        dist[nr]![nc] = dist[r]![c]! + 1;
        queue.push([nr, nc]);
      }
    }
  }
  return dist[height - 1]![width - 1]!;
}
