// Mutant: compares a new queen only with the queen of the row just above it, so queens two or
// more rows apart may share a column or a diagonal.
export function nQueens(n: number): number {
  const placed: number[] = [];
  const place = (row: number): number => {
    if (row === n) return 1;
    let total = 0;
    for (let col = 0; col < n; col++) {
      const above = placed[row - 1];
      if (above !== undefined && (above === col || Math.abs(above - col) === 1)) continue;
      placed.push(col);
      total += place(row + 1);
      placed.pop();
    }
    return total;
  };
  return place(0);
}
