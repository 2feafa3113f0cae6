// Mutant: counts every land cell whose upper and left neighbours are water, assuming each island
// has exactly one such "top-left corner". A U shape has two, so its arms are counted twice.
export function countIslands(grid: readonly string[]): number {
  let islands = 0;
  for (let row = 0; row < grid.length; row++) {
    for (let col = 0; col < grid[row]!.length; col++) {
      if (grid[row]![col] !== '1') continue;
      const up = row > 0 && grid[row - 1]![col] === '1';
      const left = col > 0 && grid[row]![col - 1] === '1';
      if (!up && !left) islands++;
    }
  }
  return islands;
}
