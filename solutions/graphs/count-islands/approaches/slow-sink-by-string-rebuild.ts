/**
 * slow: copy the rows and "sink" each visited land cell by rebuilding its row string with a '0' in its place (strings are immutable), flood-filling with an explicit stack.
 * Time: O(cells · width) — every land cell visited rebuilds (and, on the next read, flattens) a
 * string of `width` characters; on a square grid that is O(cells^1.5) (n = cells).
 * exposed by: few, very wide rows of land — e.g. 1 row × n columns or 4 rows × n/4 columns, all land (O(n²)); the bench's square serpentine only makes it n^1.5 with a per-cell copy of √n characters, too cheap to show at the measured sizes.
 */
export function countIslands(grid: readonly string[]): number {
  const rows = [...grid];
  const height = rows.length;
  const width = height === 0 ? 0 : rows[0]!.length;
  const sink = (r: number, c: number) => {
    const line = rows[r]!;
    rows[r] = line.slice(0, c) + '0' + line.slice(c + 1);
  };

  let islands = 0;
  const stack: number[] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      if (rows[row]![col] !== '1') continue;
      islands++;
      sink(row, col);
      stack.push(row, col);
      while (stack.length > 0) {
        const c = stack.pop()!;
        const r = stack.pop()!;
        if (r > 0 && rows[r - 1]![c] === '1') { sink(r - 1, c); stack.push(r - 1, c); }
        if (r + 1 < height && rows[r + 1]![c] === '1') { sink(r + 1, c); stack.push(r + 1, c); }
        if (c > 0 && rows[r]![c - 1] === '1') { sink(r, c - 1); stack.push(r, c - 1); }
        if (c + 1 < width && rows[r]![c + 1] === '1') { sink(r, c + 1); stack.push(r, c + 1); }
      }
    }
  }
  return islands;
}
