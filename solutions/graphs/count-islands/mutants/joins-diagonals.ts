// Mutant: the flood fill also spreads diagonally (8 directions), so cells that only touch at a
// corner end up in one island.
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const seen = new Uint8Array(height * width);
  let islands = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      if (seen[row * width + col] || grid[row]![col] !== '1') continue;
      islands++;
      seen[row * width + col] = 1;
      const queue = [[row, col] as const];
      while (queue.length > 0) {
        const [r, c] = queue.pop()!;
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            const nr = r + dr;
            const nc = c + dc;
            if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
            if (seen[nr * width + nc] || grid[nr]![nc] !== '1') continue;
            seen[nr * width + nc] = 1;
            queue.push([nr, nc]);
          }
        }
      }
    }
  }
  return islands;
}
