/**
 * Reference: one breadth-first search that keeps the current level and the next one apart.
 *
 * Invariant: when a level starts, `current` holds exactly the nodes at distance d, in visit
 * order, and `seen` holds every node at distance <= d + (what has been discovered so far). Every
 * node a level-d node discovers for the first time is at distance d + 1, so `next` collects level
 * d + 1 in visit order. Marking on discovery keeps each node in exactly one level.
 *
 * Complexity: O(V + E) time, each node handled once and each list read once; O(V) memory.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  const seen = new Set([start]);
  let current = [start];
  while (current.length > 0) {
    levels.push(current);
    const next: string[] = [];
    for (const node of current) {
      for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    current = next;
  }
  return levels;
}
