/**
 * slow: bottom-up table that reads every cell through `grid[r].split('')[c]`, re-splitting the whole row for each cell.
 * Time O(n³), n = side: n² cells, each paying O(n) to split its row into an array of characters.
 * exposed by: wide grids (the cost per cell grows with the row length), e.g. 2 × 10 000.
 *
 * The DP itself is the usual one (2-D table of counts modulo 1 000 000 007); only the cell access
 * is wasteful.
 */
const MOD = 1_000_000_007;

export function countPaths(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const table: number[][] = [];
  for (let r = 0; r < rows; r++) {
    table.push(new Array<number>(cols).fill(0));
    for (let c = 0; c < cols; c++) {
      if (grid[r]!.split('')[c] === '#') continue;
      if (r === 0 && c === 0) {
        table[r]![c] = 1;
        continue;
      }
      const up = r > 0 ? table[r - 1]![c]! : 0;
      const left = c > 0 ? table[r]![c - 1]! : 0;
      table[r]![c] = (up + left) % MOD;
    }
  }
  return table[rows - 1]![cols - 1]!;
}
