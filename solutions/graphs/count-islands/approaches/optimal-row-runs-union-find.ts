/**
 * optimal: split every row into runs of consecutive land, then union each run with the runs of the previous row it overlaps (union-find over runs); islands = runs − successful unions.
 * Time: O(cells), n = cells: each row is read once to find its runs and the two run lists of
 * neighbouring rows are merged with two pointers; union-find with union by size and path halving
 * adds near O(1) per union. No search, so no stack or queue at all.
 */
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  if (height === 0) return 0;
  const width = grid[0]!.length;

  // parent / size per run, grown as runs are found.
  const parent: number[] = [];
  const size: number[] = [];
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };

  let islands = 0;
  let prevStart: number[] = [];
  let prevEnd: number[] = [];
  let prevId: number[] = [];
  for (let row = 0; row < height; row++) {
    const line = grid[row]!;
    const start: number[] = [];
    const end: number[] = [];
    const id: number[] = [];
    for (let col = 0; col < width; ) {
      if (line.charCodeAt(col) !== 49) {
        col++;
        continue;
      }
      const from = col;
      while (col < width && line.charCodeAt(col) === 49) col++;
      start.push(from);
      end.push(col - 1); // inclusive
      id.push(parent.length);
      parent.push(parent.length);
      size.push(1);
      islands++;
    }
    // Two runs of neighbouring rows touch when their column ranges intersect.
    let i = 0;
    let j = 0;
    while (i < start.length && j < prevStart.length) {
      if (start[i]! <= prevEnd[j]! && prevStart[j]! <= end[i]!) {
        let a = root(id[i]!);
        let b = root(prevId[j]!);
        if (a !== b) {
          if (size[a]! < size[b]!) [a, b] = [b, a];
          parent[b] = a;
          size[a]! += size[b]!;
          islands--;
        }
      }
      // Advance whichever run ends first; the other may still touch the next one.
      if (end[i]! < prevEnd[j]!) i++;
      else j++;
    }
    prevStart = start;
    prevEnd = end;
    prevId = id;
  }
  return islands;
}
