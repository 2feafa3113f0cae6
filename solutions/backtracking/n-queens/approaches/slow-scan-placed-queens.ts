/**
 * slow: row-by-row backtracking that checks a square by looping over every queen already placed.
 * known miss: a factor of about n on an exponential target: its ratio to the reference grows ~1.1–1.3× per step, which on sizes 8..12 (chosen so the O(n)-per-node optimal searches are not flagged) stays under the linear-size rule
 * Time: O(n) per conflict check (O(n²) per node to test a row's n squares) on the same pruned
 * tree as the O(1)-check search, so a factor of about n slower, growing with the board.
 * exposed by: larger boards (the per-check cost grows with the row index; the same for every n×n input).
 *
 * The textbook `isSafe(row, col)`: compare the column and both diagonal distances with each
 * earlier row's queen.
 */
export function nQueens(n: number): number {
  const queenCol: number[] = [];
  const isSafe = (row: number, col: number): boolean => {
    for (let prev = 0; prev < row; prev++) {
      const pc = queenCol[prev]!;
      if (pc === col || Math.abs(pc - col) === row - prev) return false;
    }
    return true;
  };
  const solve = (row: number): number => {
    if (row === n) return 1;
    let ways = 0;
    for (let col = 0; col < n; col++) {
      if (!isSafe(row, col)) continue;
      queenCol[row] = col;
      ways += solve(row + 1);
    }
    return ways;
  };
  return solve(0);
}
