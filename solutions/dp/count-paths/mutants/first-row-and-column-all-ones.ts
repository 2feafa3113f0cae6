// Mutant: sets the whole first row and first column to 1, ignoring walls that cut them off.
export function countPaths(grid: readonly string[]): number {
  const MOD = 1_000_000_007;
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const table: number[][] = [];
  for (let r = 0; r < rows; r++) {
    table.push([]);
    for (let c = 0; c < cols; c++) {
      if (grid[r]![c] === '#') table[r]!.push(0);
      else if (r === 0 || c === 0) table[r]!.push(1);
      else table[r]!.push((table[r - 1]![c]! + table[r]![c - 1]!) % MOD);
    }
  }
  return table[rows - 1]![cols - 1]!;
}
