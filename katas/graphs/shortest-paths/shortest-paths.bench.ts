import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './shortest-paths.ts';

type Lists = [string, number][][];

/** The graph object for adjacency lists over nodes named "0".."n-1", start "0". */
function toGraph(lists: Lists): { graph: Kata.WeightedGraph; start: string } {
  const graph: Record<string, [string, number][]> = {};
  for (let i = 0; i < lists.length; i++) graph[String(i)] = lists[i]!;
  return { graph, start: '0' };
}

/**
 * n = number of nodes. A sparse graph with E ≈ 4V: a random tree rooted at the start (so every
 * node is reachable and must be settled) plus 3n random extra edges, weights 1..1000. A solution
 * that scans all nodes for the next minimum does n scans of n nodes: O(n²) against the heap's
 * O(n log n).
 * The families: a hub (the start) linked to every node with increasing weights plus short cross
 * links that improve nodes still waiting, so the frontier holds Θ(n) nodes and many of them get
 * cheaper; and a ladder of ever better entries into a long chain, where a FIFO relaxation (SPFA)
 * re-walks the chain once per entry.
 */
export default defineBench<typeof Kata, { graph: Kata.WeightedGraph; start: string }>({
  n: 'nodes (sparse, E ≈ 4V, all reachable)',
  inputName: 'random sparse graph, E ≈ 4V',
  input: (n, rng) => {
    // Numeric-string names: with names like `v123` the reference's string hashing alone measured
    // about n^1.3 here, shrinking the gap the verdict needs to see.
    const names = Array.from({ length: n }, (_, i) => String(i));
    const lists: [string, number][][] = names.map(() => []);
    for (let i = 1; i < n; i++) lists[rng.int(0, i - 1)]!.push([names[i]!, rng.int(1, 1000)]);
    for (let e = 0; e < 3 * n; e++) lists[rng.int(0, n - 1)]!.push([names[rng.int(0, n - 1)]!, rng.int(1, 1000)]);
    const graph: Record<string, [string, number][]> = {};
    for (let i = 0; i < n; i++) graph[names[i]!] = lists[i]!;
    return { graph, start: names[0]! };
  },
  families: [
    {
      name: 'hub with increasing edge weights, short cross links',
      exposes: 'a heap whose decrease-key first searches the heap for the entry: O(frontier) per improved node',
      input: (n, rng) => {
        const lists: Lists = Array.from({ length: n }, () => []);
        const base = 4 * n;
        for (let i = 1; i < n; i++) lists[0]!.push([String(i), base + i]);
        for (let i = 1; i < n; i++) {
          for (let e = 0; e < 2; e++) lists[i]!.push([String(rng.int(1, n - 1)), rng.int(1, 16)]);
        }
        return toGraph(lists);
      },
    },
    {
      name: 'ladder of better entries into a long chain',
      exposes: 'queue-based Bellman–Ford (SPFA): every entry re-propagates down the whole chain, Θ(n²) relaxations',
      input: (n, rng) => {
        // 0 → u1 → … → um (weight 1), uj → v1 (weight n − 2j, so each later uj offers v1 a
        // distance one smaller), v1 → v2 → … → vm (small random weights). uj = j, vk = m + k.
        const m = Math.max(1, (n - 1) >> 1);
        const size = 2 * m + 1;
        const lists: Lists = Array.from({ length: size }, () => []);
        lists[0]!.push(['1', 1]);
        for (let j = 1; j <= m; j++) {
          if (j < m) lists[j]!.push([String(j + 1), 1]);
          lists[j]!.push([String(m + 1), size - 2 * j]);
        }
        for (let k = 1; k < m; k++) lists[m + k]!.push([String(m + k + 1), rng.int(1, 9)]);
        return toGraph(lists);
      },
    },
  ],
  run: (impl, { graph, start }) => impl.shortestPaths(graph, start),
  answersAgree: sameAnswer,
});
