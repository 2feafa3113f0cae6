/**
 * Brute force: simulate the spread minute by minute. Each minute scans the whole grid for healthy
 * cells touching a cell infected before that minute, and stops when a minute infects nobody.
 * Correct, and the natural first answer, but every minute costs O(cells): O(cells·minutes),
 * O(cells²) on a serpentine corridor where the spread takes about cells/2 minutes.
 */
export function minutesToSpread(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  // 0 empty, 1 healthy, 2 infected before this minute, 3 infected during this minute.
  const state = new Uint8Array(height * width);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) state[r * width + c] = grid[r]![c] === 'I' ? 2 : grid[r]![c] === 'H' ? 1 : 0;
  }
  let minutes = 0;
  for (;;) {
    let infected = 0;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const cell = r * width + c;
        if (state[cell] !== 1) continue;
        if (
          (r > 0 && state[cell - width] === 2) ||
          (r + 1 < height && state[cell + width] === 2) ||
          (c > 0 && state[cell - 1] === 2) ||
          (c + 1 < width && state[cell + 1] === 2)
        ) {
          state[cell] = 3;
          infected++;
        }
      }
    }
    if (infected === 0) break;
    for (let cell = 0; cell < state.length; cell++) if (state[cell] === 3) state[cell] = 2;
    minutes++;
  }
  return state.includes(1) ? -1 : minutes;
}
