/**
 * Shortest Paths: distances from one node to every node of a weighted directed graph.
 * Read README.md for the rules and examples; run `npx kata check shortest-paths` to test.
 */
import { NotImplemented } from '#kit';

/**
 * A weighted directed graph: `graph[x]` lists `[neighbour, weight]` pairs for the edges leaving
 * `x`. A node that appears only as a neighbour has no outgoing edges; every node mentioned
 * anywhere exists.
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

/**
 * Computes the length of a shortest path from `start` to every node.
 *
 * @param graph weighted adjacency record, weights non-negative; read-only, never modified
 * @param start the node the paths start from; a node of the graph
 * @returns one entry per node of the graph: its distance from `start`, `Infinity` if unreachable
 */
export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('shortestPaths');
}
