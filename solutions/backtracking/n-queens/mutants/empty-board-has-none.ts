// Mutant: treats n = 0 as "no board, no solutions" and returns 0 instead of 1.
export function nQueens(n: number): number {
  if (n === 0) return 0;
  const cols = new Set<number>();
  const diagonals = new Set<number>();
  const antiDiagonals = new Set<number>();
  const place = (row: number): number => {
    if (row === n) return 1;
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
