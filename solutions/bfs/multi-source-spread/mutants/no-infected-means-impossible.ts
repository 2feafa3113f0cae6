// Mutant: answers -1 whenever nothing is infected, even when nothing is healthy either.
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
  if (frontier.length === 0) return -1;
  let minutes = 0;
  while (healthy > 0 && frontier.length > 0) {
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
