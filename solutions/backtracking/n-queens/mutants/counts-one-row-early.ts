// Mutant: counts a placement once row n - 1 is reached, before the last queen is placed, so it
// counts every way to place the first n - 1 queens (2 on a 2×2 board instead of 0).
export function nQueens(n: number): number {
  const cols = new Set<number>();
  const diagonals = new Set<number>();
  const antiDiagonals = new Set<number>();
  const place = (row: number): number => {
    if (row >= n - 1) return 1;
    let total = 0;
    for (let col = 0; col < n; col++) {
      if (cols.has(col) || diagonals.has(row - col) || antiDiagonals.has(row + col)) continue;
      cols.add(col);
      diagonals.add(row - col);
      antiDiagonals.add(row + col);
      total += place(row + 1);
      cols.delete(col);
      diagonals.delete(row - col);
      antiDiagonals.delete(row + col);
    }
    return total;
  };
  return place(0);
}
