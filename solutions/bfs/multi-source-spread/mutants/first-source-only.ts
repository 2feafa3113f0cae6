// Mutant: starts the search from the first infected cell only, as if there were one source.
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const cells = grid.map((row) => [...row]);
  let start: [number, number] | null = null;
  let healthy = 0;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (cells[r]![c] === 'H') healthy++;
      else if (cells[r]![c] === 'I' && start === null) start = [r, c];
    }
  }
  if (healthy === 0) return 0;
  if (start === null) return -1;
  let frontier = [start];
  let minutes = 0;
  while (frontier.length > 0 && healthy > 0) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
        if (cells[nr]?.[nc] !== 'H') continue;
        cells[nr]![nc] = 'I';
        healthy--;
        next.push([nr, nc]);
      }
    }
    if (next.length > 0) minutes++;
    frontier = next;
  }
  return healthy > 0 ? -1 : minutes;
}
