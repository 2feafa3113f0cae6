/**
 * optimal: a count for every cell, in a full rows × columns table kept until the exit's count is read.
 * Time O(n²), n = side (cells = n²): each cell adds the counts above and to its left, once.
 * space-heavy: keeps the whole table, O(cells), where one row of counts is enough (target O(columns)).
 *
 * paths[r][c] is the number of right/down routes from the start to (r, c), modulo 1 000 000 007:
 * 0 on a wall, 1 on an open start, else paths[r - 1][c] + paths[r][c - 1].
 */
const MODULUS = 1_000_000_007;

export function countPaths(grid: readonly string[]): number {
  const height = grid.length;
  const width = height > 0 ? grid[0]!.length : 0;
  if (width === 0) return 0;
  const paths: number[][] = [];
  for (let r = 0; r < height; r++) {
    const line = grid[r]!;
    const counts: number[] = [];
    for (let c = 0; c < width; c++) {
      if (line[c] === '#') counts.push(0);
      else if (r === 0 && c === 0) counts.push(1);
      else {
        const fromAbove = r > 0 ? paths[r - 1]![c]! : 0;
        const fromLeft = c > 0 ? counts[c - 1]! : 0;
        counts.push((fromAbove + fromLeft) % MODULUS);
      }
    }
    paths.push(counts);
  }
  return paths[height - 1]![width - 1]!;
}
