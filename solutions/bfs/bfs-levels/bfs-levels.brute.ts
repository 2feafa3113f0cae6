/**
 * Brute force: find each level with a fresh search. For d = 0, 1, 2, … run a breadth-first
 * search from `start` that stops at depth d and keep the nodes found at depth exactly d; stop at
 * the first empty level. Correct, but every level repeats the whole search: O(V·levels), O(V²)
 * on a long path.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

function nodesAtDepth(graph: Graph, start: string, depth: number): string[] {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return frontier;
}

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  for (let depth = 0; ; depth++) {
    const level = nodesAtDepth(graph, start, depth);
    if (level.length === 0) return levels;
    levels.push(level);
  }
}
