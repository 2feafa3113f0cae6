/**
 * Has Cycle: does a directed graph contain a cycle?
 * Read README.md for the rules and examples; run `npx kata check has-cycle` to test.
 */
import { NotImplemented } from '#kit';

/**
 * A directed graph as an adjacency record: `graph[x]` lists the nodes `x` has an edge to.
 * A node that appears only inside some list has no outgoing edges; every node mentioned
 * anywhere exists.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

/**
 * Reports whether the directed graph contains a cycle (a self-loop counts as one).
 *
 * @param graph adjacency record; read-only, never modified
 * @returns `true` if some node can reach itself by following one or more edges
 */
export function hasCycle(graph: Graph): boolean {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('hasCycle');
}
