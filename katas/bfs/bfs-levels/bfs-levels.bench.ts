import { defineBench } from '#kit';
import type * as Kata from './bfs-levels.ts';

/**
 * n = number of nodes. The input is a long path "0" → "1" → … → "n-1" searched from "0": n levels
 * of one node each, so a solution that runs a fresh search for every level does O(V) work n times.
 */
export default defineBench<typeof Kata, { graph: Kata.Graph; start: string }>({
  n: 'nodes (a long path)',
  input: (n) => {
    const names = Array.from({ length: n }, (_, i) => String(i));
    const graph: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) graph[names[i]!] = i + 1 < n ? [names[i + 1]!] : [];
    return { graph, start: names[0]! };
  },
  run: (impl, { graph, start }) => impl.bfsLevels(graph, start),
});
