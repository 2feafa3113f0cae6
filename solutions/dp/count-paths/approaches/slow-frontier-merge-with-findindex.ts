/**
 * slow: moves a frontier of (cell, count) records one step at a time, merging records that land on the same cell by a `findIndex` scan of the next frontier.
 * Time O(n³), n = side: 2n − 1 steps, each frontier holds up to n records, and each of its
 * up to 2n outgoing moves scans the next frontier (up to n records) for a match.
 * exposed by: large open square grids (frontiers of width n); thin grids keep the frontier small.
 *
 * A BFS-flavoured counting: the records of one step are exactly the open cells of one
 * anti-diagonal reachable from the start, so the counts are right; the list lookup is the cost.
 */
const MOD = 1_000_000_007;

export function countPaths(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0 || grid[0]![0] === '#') return 0;
  let frontier: { r: number; c: number; ways: number }[] = [{ r: 0, c: 0, ways: 1 }];
  for (let step = 0; step < rows + cols - 2; step++) {
    const next: { r: number; c: number; ways: number }[] = [];
    for (const { r, c, ways } of frontier) {
      for (const [nr, nc] of [[r + 1, c], [r, c + 1]] as const) {
        if (nr >= rows || nc >= cols || grid[nr]![nc] === '#') continue;
        const at = next.findIndex((e) => e.r === nr && e.c === nc);
        if (at === -1) next.push({ r: nr, c: nc, ways });
        else next[at]!.ways = (next[at]!.ways + ways) % MOD;
      }
    }
    frontier = next;
  }
  const exit = frontier.find((e) => e.r === rows - 1 && e.c === cols - 1);
  return exit ? exit.ways : 0;
}
