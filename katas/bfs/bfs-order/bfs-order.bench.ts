import { defineBench } from '#kit';
import type * as Kata from './bfs-order.ts';

/**
 * n = number of nodes. The input is a long path v0 → v1 → … → v(n-1) searched from v0, with the
 * keys in shuffled order: every node is reachable, so a visited check that scans an array pays
 * O(V) per node, O(V²) in all.
 */
export default defineBench<typeof Kata, { graph: Kata.Graph; start: string }>({
  n: 'nodes (a long path)',
  input: (n, rng) => {
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const graph: Record<string, string[]> = {};
    for (const i of order) graph[`v${i}`] = i + 1 < n ? [`v${i + 1}`] : [];
    return { graph, start: 'v0' };
  },
  run: (impl, { graph, start }) => impl.bfsOrder(graph, start),
});
