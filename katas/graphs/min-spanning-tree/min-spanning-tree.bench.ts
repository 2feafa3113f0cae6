import { defineBench } from '#kit';
import type * as Kata from './min-spanning-tree.ts';

/**
 * n = edges, on V = n/4 nodes (sparse, E = 4V). A random spanning tree keeps the graph connected,
 * the remaining edges join random pairs, weights are random in 1..10^6 and the edges come in
 * random order. Late in the sweep most edges join two nodes of the same big tree, so a graph
 * search per edge to test connectivity walks up to V nodes each time: O(E·V) = O(n²) against
 * O(E log E) for sorting plus union-find.
 */
export default defineBench<typeof Kata, { nodeCount: number; edges: [number, number, number][] }>({
  n: 'edges (on n/4 nodes, connected, random weights)',
  input: (n, rng) => {
    const nodeCount = Math.max(2, Math.floor(n / 4));
    const edges: [number, number, number][] = [];
    for (let i = 1; i < nodeCount; i++) edges.push([rng.int(0, i - 1), i, rng.int(1, 1_000_000)]);
    while (edges.length < n) edges.push([rng.int(0, nodeCount - 1), rng.int(0, nodeCount - 1), rng.int(1, 1_000_000)]);
    return { nodeCount, edges: rng.shuffle(edges) };
  },
  run: (impl, { nodeCount, edges }) => impl.mstWeight(nodeCount, edges),
});
