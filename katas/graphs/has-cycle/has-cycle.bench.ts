import { defineBench } from '#kit';
import type * as Kata from './has-cycle.ts';

/**
 * n = number of nodes. The graph is acyclic, so every solution must explore all of it before
 * answering `false`: a path v0 → v1 → … → v(n-1) plus up to two extra forward edges per node
 * (E ≈ 2.5V), keys inserted in random order. From v0 everything is reachable, so a fresh search
 * per start node walks about n/2 nodes on average: O(n²) for the brute force, O(n) for a shared
 * three-state search.
 */
export default defineBench<typeof Kata, Kata.Graph>({
  n: 'nodes (acyclic, E ≈ 2.5V)',
  input: (n, rng) => {
    const names = Array.from({ length: n }, (_, i) => `v${i}`);
    const graph: Record<string, string[]> = {};
    for (const i of rng.shuffle(Array.from({ length: n }, (_, i) => i))) {
      const edges = i + 1 < n ? [names[i + 1]!] : [];
      const extra = rng.int(0, 3);
      for (let e = 0; e < extra && i + 2 < n; e++) edges.push(names[rng.int(i + 2, n - 1)]!);
      graph[names[i]!] = edges;
    }
    return graph;
  },
  run: (impl, graph) => impl.hasCycle(graph),
});
