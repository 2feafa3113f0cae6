/**
 * DFS Order: the order in which a recursive depth-first search visits a directed graph.
 * Read README.md for the rules and examples; run `npx kata check dfs-order` to test.
 */
import { NotImplemented } from '#kit';

/**
 * A directed graph as an adjacency record: `graph[x]` lists the nodes `x` has an edge to, in
 * order. A node that appears only inside some list has no outgoing edges; every node mentioned
 * anywhere exists.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

/**
 * Lists the nodes reachable from `start` in the order a recursive depth-first search visits
 * them (preorder), trying neighbours in the order they are listed.
 *
 * @param graph adjacency record; read-only, never modified
 * @param start the node the search starts from; a node of the graph
 * @returns every node reachable from `start`, each once, `start` first
 */
export function dfsOrder(graph: Graph, start: string): string[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('dfsOrder');
}
