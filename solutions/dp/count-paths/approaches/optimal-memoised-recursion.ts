/**
 * optimal: top-down recursion "paths from here = paths from the cell below + paths from the cell to the right", memoised in a typed array per cell.
 * Time O(n²), n = side (cells = n²): each cell's count is computed once from two memoised
 * neighbours; recursion depth is at most rows + cols.
 *
 * Counts are reduced modulo 1 000 000 007 after every addition, so they stay exact in doubles.
 * The memo stores count + 1 so that 0 can mean "not computed yet".
 */
const MOD = 1_000_000_007;

export function countPaths(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const memo = new Float64Array(rows * cols);
  const fromHere = (r: number, c: number): number => {
    if (r === rows || c === cols || grid[r]![c] === '#') return 0;
    if (r === rows - 1 && c === cols - 1) return 1;
    const id = r * cols + c;
    if (memo[id] !== 0) return memo[id]! - 1;
    const ways = (fromHere(r + 1, c) + fromHere(r, c + 1)) % MOD;
    memo[id] = ways + 1;
    return ways;
  };
  return fromHere(0, 0);
}
