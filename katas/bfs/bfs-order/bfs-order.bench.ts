import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './bfs-order.ts';

/**
 * n = number of nodes. The input is a long path 0 → 1 → … → n-1 searched from node "0": every
 * node is reachable, so a visited check that scans an array pays O(V) per node, O(V²) in all.
 *
 * A second family is a star searched from its centre, "0" → "1" … "n-1": one long adjacency list
 * and a frontier of n - 1 nodes. A queue drained with `shift()` moves the whole waiting frontier
 * once it is large, and cleaning each list with `indexOf` costs the square of its length.
 */
export default defineBench<typeof Kata, { graph: Kata.Graph; start: string }>({
  n: 'nodes',
  inputName: 'one long path',
  input: (n) => {
    const names = Array.from({ length: n }, (_, i) => String(i));
    const graph: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) graph[names[i]!] = i + 1 < n ? [names[i + 1]!] : [];
    return { graph, start: names[0]! };
  },
  families: [
    {
      name: 'a star from its centre',
      // V8 shifts an array in place (O(1)) until it holds about 16 000 elements; from 2 048 nodes
      // the ladder reaches past that, and stops at 65 536, the largest doubling within 10^5 nodes.
      sizes: { kind: 'doubling', minN: 2048, maxN: 65_536 },
      exposes: 'queues drained with shift() and per-list deduplication by indexOf, which cost on a wide frontier',
      input: (n, rng) => {
        const leaves = rng.shuffle(Array.from({ length: Math.max(0, n - 1) }, (_, i) => String(i + 1)));
        return { graph: { '0': leaves }, start: '0' };
      },
    },
  ],
  run: (impl, { graph, start }) => impl.bfsOrder(graph, start),
  answersAgree: sameAnswer,
});
