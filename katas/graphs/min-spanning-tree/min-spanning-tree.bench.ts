import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './min-spanning-tree.ts';

type Input = { nodeCount: number; edges: [number, number, number][] };

/**
 * n = edges, on V = n/4 nodes (sparse, E = 4V). A random spanning tree keeps the graph connected,
 * the remaining edges join random pairs, weights are random in 1..10^6 and the edges come in
 * random order. Late in the sweep most edges join two nodes of the same big tree, so a graph
 * search per edge to test connectivity walks up to V nodes each time: O(E·V) = O(n²) against
 * O(E log E) for sorting plus union-find.
 * The families keep n = edges and change the shape: a road along a line (edges listed from one
 * end, weights rising along it) plus heavier links back to its first node; a tree-like network
 * with few edges per node (V ≈ n); and a hub joined to every other node, its edges listed from
 * the lightest up.
 */
export default defineBench<typeof Kata, Input>({
  n: 'edges (on n/4 nodes, connected, random weights)',
  inputName: 'random connected graph, E = 4V',
  input: (n, rng) => {
    const nodeCount = Math.max(2, Math.floor(n / 4));
    const edges: [number, number, number][] = [];
    for (let i = 1; i < nodeCount; i++) edges.push([rng.int(0, i - 1), i, rng.int(1, 1_000_000)]);
    while (edges.length < n) edges.push([rng.int(0, nodeCount - 1), rng.int(0, nodeCount - 1), rng.int(1, 1_000_000)]);
    return { nodeCount, edges: rng.shuffle(edges) };
  },
  families: [
    {
      name: 'a line with rising weights, heavier links back to its start',
      exposes: 'Kruskal with a union-find that links without size or rank and never compresses: the line becomes one V-deep chain that every later edge walks',
      input: (n, rng) => {
        const nodeCount = Math.max(2, n >> 1);
        const edges: [number, number, number][] = [];
        for (let i = 0; i + 1 < nodeCount; i++) edges.push([i, i + 1, 1 + i]);
        while (edges.length < n) edges.push([0, rng.int(1, nodeCount - 1), rng.int(nodeCount, 1_000_000)]);
        return { nodeCount, edges: rng.shuffle(edges) };
      },
    },
    {
      name: 'tree-like network, about one edge per node',
      exposes: 'Prim without a priority queue: an O(V) scan for the next node, O(V²) with V ≈ n',
      input: (n, rng) => {
        const nodeCount = Math.max(2, Math.floor((3 * n) / 4) + 1);
        const edges: [number, number, number][] = [];
        for (let i = 1; i < nodeCount; i++) edges.push([rng.int(0, i - 1), i, rng.int(1, 1_000_000)]);
        while (edges.length < n) edges.push([rng.int(0, nodeCount - 1), rng.int(0, nodeCount - 1), rng.int(1, 1_000_000)]);
        return { nodeCount, edges: rng.shuffle(edges) };
      },
    },
    {
      name: 'hub joined to every node, lightest edge first',
      exposes: 'lazy Prim with its candidates in a sorted array kept with splice: each new candidate is the heaviest and shifts the whole array',
      // The shifts are memmoves, well under a nanosecond per element: below a few thousand edges they
      // hide behind the constant work, so the ladder starts at 2 048 (five sizes put the top near 6 ms).
      sizes: { kind: 'doubling', minN: 2048 },
      input: (n, rng) => {
        const base = rng.int(1, 1_000);
        const edges: [number, number, number][] = [];
        for (let i = 1; i <= n; i++) edges.push([0, i, base + i]);
        return { nodeCount: n + 1, edges };
      },
    },
  ],
  run: (impl, { nodeCount, edges }) => impl.mstWeight(nodeCount, edges),
  answersAgree: sameAnswer,
});
