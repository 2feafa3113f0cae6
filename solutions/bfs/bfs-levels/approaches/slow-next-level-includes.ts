/**
 * slow: level by level, nodes join the visited set only when their level is finished, so repeats inside the level being built are caught with `next.includes`.
 * Time: O(V + E + Σ over edges of the next level's size), O(n²) in the worst case, n = V; O(V + E)
 * when levels are narrow.
 * exposed by: a wide level, e.g. a star (start → all other n - 1 nodes) or a complete binary
 *   tree; the bench's long path has levels of one node.
 *
 * Marking nodes when a level is done rather than when they are discovered is a common variant;
 * it is correct here because `includes` catches a node found twice within the same level, but
 * that check scans the level under construction.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  const done = new Set<string>([start]);
  let current = [start];
  while (current.length > 0) {
    levels.push(current);
    const next: string[] = [];
    for (const node of current) {
      for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
        if (!done.has(neighbour) && !next.includes(neighbour)) next.push(neighbour);
      }
    }
    for (const node of next) done.add(node);
    current = next;
  }
  return levels;
}
