/**
 * BFS Levels: the nodes a directed graph reaches from a start, grouped by distance.
 * Read README.md for the rules and examples; run `npx kata check bfs-levels` to test.
 */
import { NotImplemented } from '#kit';

/** A directed graph: `graph[x]` lists the nodes `x` has an edge to. Nodes only listed have no edges. */
export type Graph = Readonly<Record<string, readonly string[]>>;

/**
 * Groups the nodes reachable from `start` by their distance from it.
 *
 * @param graph adjacency lists; read-only, never modified
 * @param start the node to start from (a key of `graph` or an entry in one of its lists)
 * @returns `result[d]` = the nodes exactly `d` edges from `start`, each level in breadth-first
 *   visit order; no empty levels
 */
export function bfsLevels(graph: Graph, start: string): string[][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('bfsLevels');
}
