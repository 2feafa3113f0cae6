/**
 * optimal: sweeps the grid by anti-diagonals (all cells with r + c = d), each diagonal's counts computed from the previous diagonal's.
 * Time O(n²), n = side (cells = n²): every cell is visited once, two reads from the previous
 * diagonal each.
 *
 * Every right or down move increases r + c by one, so the paths into a cell come only from the
 * previous anti-diagonal; two arrays indexed by row are enough.
 */
const MOD = 1_000_000_007;

export function countPaths(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  let prev = new Float64Array(rows); // prev[r]: paths to (r, d - 1 - r)
  let cur = new Float64Array(rows);
  for (let d = 0; d <= rows + cols - 2; d++) {
    cur.fill(0);
    const rFrom = Math.max(0, d - (cols - 1));
    const rTo = Math.min(rows - 1, d);
    for (let r = rFrom; r <= rTo; r++) {
      const c = d - r;
      if (grid[r]![c] === '#') continue;
      if (d === 0) {
        cur[r] = 1;
        continue;
      }
      const fromLeft = c > 0 ? prev[r]! : 0;
      const fromAbove = r > 0 ? prev[r - 1]! : 0;
      cur[r] = (fromLeft + fromAbove) % MOD;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[rows - 1]!;
}
