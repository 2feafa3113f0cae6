/**
 * Reference: bottom-up DP over the grid, one row of counts at a time.
 *
 * Invariant: after processing row r, `ways[c]` is the number of right/down paths from the
 * top-left cell to (r, c), modulo 1 000 000 007. A path reaches (r, c) either from above
 * (`ways[c]` before the update, still holding row r - 1) or from the left (`ways[c - 1]`,
 * already updated for row r), so the new value is their sum; a wall resets it to 0.
 * Reducing after every addition keeps each value below 2·MOD < 2^53, so no precision is lost.
 *
 * Complexity: O(cells) time, O(columns) extra memory.
 */
const MOD = 1_000_000_007;

export function countPaths(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const ways = new Array<number>(cols).fill(0);
  ways[0] = 1; // one empty path reaches the start, if it is open (checked below)
  for (let r = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < cols; c++) {
      if (row[c] === '#') ways[c] = 0;
      else if (c > 0) ways[c] = (ways[c]! + ways[c - 1]!) % MOD;
    }
  }
  return ways[cols - 1]!;
}
