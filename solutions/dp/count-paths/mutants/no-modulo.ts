// Mutant: forgets the modulo altogether, so big counts come back unreduced (and, past 2^53, inexact).
export function countPaths(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const ways = new Array<number>(cols).fill(0);
  ways[0] = 1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r]![c] === '#') ways[c] = 0;
      else if (c > 0) ways[c] = ways[c]! + ways[c - 1]!;
    }
  }
  return ways[cols - 1]!;
}
