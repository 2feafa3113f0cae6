/**
 * slow: level-by-level BFS that rebuilds its visited set as a new Set of the old one plus the next level after every level.
 * Time: O(cells·levels) in the worst case: each level copies every cell visited so far. O(cells²)
 * on a maze whose route is ~cells/2 steps long; about O(cells^1.5) on an open square grid.
 * exposed by: long routes, e.g. the bench's serpentine maze (a level of one or two cells per step).
 *
 * The search is a plain BFS; the immutable update `visited = new Set([...visited, ...next])`
 * reads naturally but copies the whole visited set once per distance.
 */
export function gridShortestPath(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  if (width === 0) return -1;
  if (grid[0]![0] === '#' || grid[height - 1]![width - 1] === '#') return -1;
  const target = height * width - 1;
  if (target === 0) return 0;
  let visited: ReadonlySet<number> = new Set([0]);
  let level = [0];
  for (let steps = 1; level.length > 0; steps++) {
    const next: number[] = [];
    const found = new Set<number>();
    for (const cell of level) {
      const r = Math.floor(cell / width);
      const c = cell % width;
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
        if (nr < 0 || nr >= height || nc < 0 || nc >= width || grid[nr]![nc] === '#') continue;
        const neighbour = nr * width + nc;
        if (visited.has(neighbour) || found.has(neighbour)) continue;
        if (neighbour === target) return steps;
        found.add(neighbour);
        next.push(neighbour);
      }
    }
    visited = new Set([...visited, ...next]);
    level = next;
  }
  return -1;
}
