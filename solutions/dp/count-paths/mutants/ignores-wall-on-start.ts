// Mutant: seeds the start cell with 1 without checking whether it is a wall.
export function countPaths(grid: readonly string[]): number {
  const MOD = 1_000_000_007;
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const ways = new Array<number>(cols).fill(0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (r === 0 && c === 0) ways[0] = 1;
      else if (grid[r]![c] === '#') ways[c] = 0;
      else if (c > 0) ways[c] = (ways[c]! + ways[c - 1]!) % MOD;
    }
  }
  return ways[cols - 1]!;
}
