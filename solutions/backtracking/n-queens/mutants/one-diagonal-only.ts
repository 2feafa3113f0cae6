// Mutant: tracks columns and the `row - col` diagonals but forgets the `row + col` anti-diagonals,
// so queens that attack each other along an anti-diagonal are accepted.
export function nQueens(n: number): number {
  const cols = new Set<number>();
  const diagonals = new Set<number>();
  const place = (row: number): number => {
    if (row === n) return 1;
    let total = 0;
    for (let col = 0; col < n; col++) {
      if (cols.has(col) || diagonals.has(row - col)) continue;
      cols.add(col);
      diagonals.add(row - col);
      total += place(row + 1);
      cols.delete(col);
      diagonals.delete(row - col);
    }
    return total;
  };
  return place(0);
}
