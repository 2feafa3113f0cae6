// Mutant: lets the infection travel through empty cells as if they were healthy (it only stops
// counting them), so a healthy cell behind a gap still gets infected.
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
  let minutes = 0;
  let last = 0;
  while (frontier.length > 0) {
    minutes++;
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
        const cell = cells[nr]?.[nc];
        if (cell !== 'H' && cell !== '.') continue;
        if (cell === 'H') {
          healthy--;
          last = minutes;
        }
        cells[nr]![nc] = 'I';
        next.push([nr, nc]);
      }
    }
    frontier = next;
  }
  return healthy > 0 ? -1 : last;
}
