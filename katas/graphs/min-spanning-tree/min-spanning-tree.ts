/**
 * Minimum Spanning Tree: the total weight of a minimum spanning forest.
 * Read README.md for the rules and examples; run `npx kata check min-spanning-tree` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Computes the total weight of a minimum spanning forest of an undirected weighted graph.
 *
 * @param nodeCount the nodes are `0..nodeCount-1`
 * @param edges undirected edges `[a, b, weight]`; read-only, never modified
 * @returns the smallest total weight of a set of edges that connects every pair of nodes the
 *   whole graph connects, without cycles
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('mstWeight');
}
