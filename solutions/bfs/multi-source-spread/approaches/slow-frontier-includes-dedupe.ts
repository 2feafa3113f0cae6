/**
 * slow: minute-by-minute spread driven by the list of cells infected last minute, with `includes` keeping a cell from entering the next list twice.
 * Time: O(cells + Σ f²) over the minutes, f = cells infected in that minute: O(cells) when each
 * minute infects a few cells (the bench's 1-wide corridor), O(cells^1.5) for a diamond wave on an
 * open square (hardly visible: `includes` over a short integer array is fast), O(cells²) when
 * one minute infects a constant fraction of the grid.
 * exposed by: wide fronts, e.g. two rows, the first all `I` and the second all `H` (n/2 cells
 *   infected in minute 1, each checked against the growing list).
 *
 * The simulation only touches the front, which is the key idea; the newly infected cells are
 * marked only after the minute, so a healthy cell next to two front cells must be deduplicated,
 * and the list is searched for that.
 */
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const state = new Uint8Array(height * width); // 0 empty, 1 healthy, 2 infected
  let front: number[] = [];
  let healthy = 0;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const ch = grid[r]![c];
      if (ch === 'H') {
        state[r * width + c] = 1;
        healthy++;
      } else if (ch === 'I') {
        state[r * width + c] = 2;
        front.push(r * width + c);
      }
    }
  }
  let minutes = 0;
  while (healthy > 0 && front.length > 0) {
    const next: number[] = [];
    for (const cell of front) {
      const r = (cell / width) | 0;
      const c = cell - r * width;
      for (const n of [r > 0 ? cell - width : -1, r + 1 < height ? cell + width : -1, c > 0 ? cell - 1 : -1, c + 1 < width ? cell + 1 : -1]) {
        if (n >= 0 && state[n] === 1 && !next.includes(n)) next.push(n);
      }
    }
    if (next.length === 0) break;
    for (const cell of next) state[cell] = 2;
    healthy -= next.length;
    minutes++;
    front = next;
  }
  return healthy > 0 ? -1 : minutes;
}
