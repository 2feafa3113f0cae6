// Mutant: counts the BFS levels, the starting one included, instead of the minutes between them,
// so every answer that needs at least one minute is one too high.
export function minutesToSpread(grid: readonly string[]): number {
  const cells = grid.map((row) => [...row]);
  let frontier: [number, number][] = [];
  let healthy = 0;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === 'I') frontier.push([r, c]);
      else if (cell === 'H') healthy++;
    }),
  );
  if (healthy === 0) return 0;
  let levels = 0;
  while (frontier.length > 0) {
    levels++;
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
        if (cells[nr]?.[nc] !== 'H') continue;
        cells[nr]![nc] = 'I';
        healthy--;
        next.push([nr, nc]);
      }
    }
    frontier = next;
  }
  return healthy > 0 ? -1 : levels;
}
