/**
 * slow: flood-fill each island, but find the next unvisited land cell by scanning the grid again from the top-left corner after every island.
 * Time: O(cells · islands) — the fills themselves total O(cells), but each of the k islands
 * starts a fresh scan from cell 0; with one island (the bench's serpentine) that is O(cells),
 * with Θ(cells) islands it is O(cells²) (n = cells).
 * exposed by: many small islands — a checkerboard, or rows like '1010…' alternating with water rows (cells/4 islands).
 */
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const cells = height * width;
  const sunk = new Uint8Array(cells);
  const isLand = (cell: number) => grid[(cell / width) | 0]!.charCodeAt(cell % width) === 49;

  /** The first land cell not yet sunk, in reading order, or -1. Always starts at 0. */
  const nextStart = (): number => {
    for (let cell = 0; cell < cells; cell++) if (!sunk[cell] && isLand(cell)) return cell;
    return -1;
  };

  let islands = 0;
  const stack: number[] = [];
  for (let start = nextStart(); start !== -1; start = nextStart()) {
    islands++;
    sunk[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const cell = stack.pop()!;
      const col = cell % width;
      const around = [
        cell >= width ? cell - width : -1,
        cell + width < cells ? cell + width : -1,
        col > 0 ? cell - 1 : -1,
        col + 1 < width ? cell + 1 : -1,
      ];
      for (const next of around) {
        if (next !== -1 && !sunk[next] && isLand(next)) {
          sunk[next] = 1;
          stack.push(next);
        }
      }
    }
  }
  return islands;
}
