// Mutant: "sinks" each island by overwriting the caller's rows with water instead of keeping a
// separate seen-set, so the input array is modified.
export function countIslands(grid: readonly string[]): number {
  const rows = grid as string[];
  const sink = (row: number, col: number): void => {
    const stack: [number, number][] = [[row, col]];
    while (stack.length > 0) {
      const [r, c] = stack.pop()!;
      if (r < 0 || r >= rows.length || c < 0 || c >= rows[r]!.length || rows[r]![c] !== '1') continue;
      rows[r] = rows[r]!.slice(0, c) + '0' + rows[r]!.slice(c + 1);
      stack.push([r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]);
    }
  };
  let islands = 0;
  for (let row = 0; row < rows.length; row++) {
    for (let col = 0; col < rows[row]!.length; col++) {
      if (rows[row]![col] === '1') {
        islands++;
        sink(row, col);
      }
    }
  }
  return islands;
}
