import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './has-cycle.ts';

/**
 * n = number of nodes. The graph is acyclic, so every solution must explore all of it before
 * answering `false`: a path v0 → v1 → … → v(n-1) plus up to two extra forward edges per node
 * (E ≈ 2.5V), keys inserted in random order. From v0 everything is reachable, so a fresh search
 * per start node walks about n/2 nodes on average: O(n²) for the brute force, O(n) for a shared
 * three-state search.
 * The families stay acyclic and change the shape: a long pipeline whose every stage also depends
 * on one shared node (listed first, so a search meets that finished node again at every depth),
 * and many independent jobs feeding one final step (n nodes ready at once for a topological sort).
 */
export default defineBench<typeof Kata, Kata.Graph>({
  n: 'nodes (acyclic, E ≈ 2.5V)',
  inputName: 'a path with random forward edges',
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
  families: [
    {
      name: 'a long pipeline, every stage also using one shared node',
      exposes: 'telling a back edge from an edge into a finished node by scanning the current path (`path.includes`): O(depth) per edge',
      input: (n, rng) => {
        // Keys in pipeline order: v0 → v1 → … → v(n-2), and every stage also → shared.
        const shared = `lib${rng.int(0, 999)}`;
        const graph: Record<string, string[]> = {};
        for (let i = 0; i + 1 < n; i++) graph[`v${i}`] = i + 2 < n ? [shared, `v${i + 1}`] : [shared];
        graph[shared] = [];
        return graph;
      },
    },
    {
      name: 'many independent jobs feeding one final step',
      exposes: 'a topological sort whose ready list is re-sorted on every insertion: n ready nodes at once cost O(n) each',
      input: (n, rng) => {
        const graph: Record<string, string[]> = {};
        const sink = `done${rng.int(0, 999)}`;
        for (const i of rng.shuffle(Array.from({ length: n - 1 }, (_, i) => i))) graph[`job${i}`] = [sink];
        graph[sink] = [];
        return graph;
      },
    },
  ],
  run: (impl, graph) => impl.hasCycle(graph),
  answersAgree: sameAnswer,
});
