// Mutant: records the infection by rewriting the caller's rows, changing a read-only input.
export function minutesToSpread(grid: readonly string[]): number {
  const rows = grid as string[];
  const infect = (r: number, c: number) => {
    rows[r] = rows[r]!.slice(0, c) + 'I' + rows[r]!.slice(c + 1);
  };
  let frontier: [number, number][] = [];
  let healthy = 0;
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] === 'I') frontier.push([r, c]);
      else if (row[c] === 'H') healthy++;
    }
  });
  let minutes = 0;
  while (healthy > 0 && frontier.length > 0) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
        if (rows[nr]?.[nc] !== 'H') continue;
        infect(nr, nc);
        healthy--;
        next.push([nr, nc]);
      }
    }
    if (next.length > 0) minutes++;
    frontier = next;
  }
  return healthy > 0 ? -1 : minutes;
}
