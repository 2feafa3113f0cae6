/**
 * BFS Order: the order a breadth-first search visits a directed graph's nodes.
 * Read README.md for the rules and examples; run `npx kata check bfs-order` to test.
 */
import { NotImplemented } from '#kit';

/** A directed graph: `graph[x]` lists the nodes `x` has an edge to. Nodes only listed have no edges. */
export type Graph = Readonly<Record<string, readonly string[]>>;

/**
 * Visits `graph` breadth-first from `start`.
 *
 * @param graph adjacency lists; read-only, never modified
 * @param start the node to start from (a key of `graph` or an entry in one of its lists)
 * @returns every node reachable from `start`, once each, in the order a FIFO queue visits them
 *   when each node's neighbours are enqueued in listed order
 */
export function bfsOrder(graph: Graph, start: string): string[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('bfsOrder');
}
