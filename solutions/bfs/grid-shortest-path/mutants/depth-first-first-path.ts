// Mutant: searches depth-first and returns the length of the first path that reaches the end,
// which is not necessarily the shortest.
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0 || grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  const seen = grid.map((row) => [...row].map(() => false));
  seen[0]![0] = true;
  const stack: [number, number, number][] = [[0, 0, 0]];
  while (stack.length > 0) {
    const [r, c, d] = stack.pop()!;
    if (r === height - 1 && c === width - 1) return d;
    for (const [nr, nc] of [[r - 1, c], [r, c - 1], [r + 1, c], [r, c + 1]] as const) {
      if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
      if (grid[nr]![nc] === '#' || seen[nr]![nc]) continue;
      seen[nr]![nc] = true;
      stack.push([nr, nc, d + 1]);
    }
  }
  return -1;
}
