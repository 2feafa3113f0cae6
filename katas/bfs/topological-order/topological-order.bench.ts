import { defineBench } from '#kit';
import type * as Kata from './topological-order.ts';

/**
 * n = number of nodes. The input is a chain: "0" depends on "1", which depends on "2", and so on.
 * Only one node is ever ready at a time, so a solution that rescans every dependency list after
 * each placement to find the newly ready nodes does O(V·E) = O(n²) work.
 */
export default defineBench<typeof Kata, Kata.Graph>({
  n: 'nodes (a dependency chain)',
  input: (n) => {
    const names = Array.from({ length: n }, (_, i) => String(i));
    const deps: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) deps[names[i]!] = i + 1 < n ? [names[i + 1]!] : [];
    return deps;
  },
  run: (impl, deps) => impl.topologicalOrder(deps),
});
