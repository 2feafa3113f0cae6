// Mutant: the scan stops one column short (`col < width - 1`), so an island that lives only in
// the last column is never counted.
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const seen = new Uint8Array(height * width);
  let islands = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width - 1; col++) {
      if (seen[row * width + col] || grid[row]![col] !== '1') continue;
      islands++;
      seen[row * width + col] = 1;
      const stack = [row * width + col];
      while (stack.length > 0) {
        const cell = stack.pop()!;
        const r = Math.floor(cell / width);
        const c = cell % width;
        for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
          if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
          if (seen[nr * width + nc] || grid[nr]![nc] !== '1') continue;
          seen[nr * width + nc] = 1;
          stack.push(nr * width + nc);
        }
      }
    }
  }
  return islands;
}
