import { defineBench } from '#kit';
import type * as Kata from './topological-order.ts';

/**
 * n = number of nodes. The input is a chain: "0" depends on "1", which depends on "2", and so on.
 * Only one node is ever ready at a time, so a solution that rescans every dependency list after
 * each placement to find the newly ready nodes does O(V·E) = O(n²) work.
 *
 * Two more families. n independent tasks are all ready at once: a ready list kept sorted by
 * re-sorting (or drained with `shift()`) pays for the whole list at every placement. A chain of
 * n/2 nodes beside a cycle of n/2 nodes takes the error path: the CycleError must name the n/2
 * cycle nodes, and finding them by searching the placed order for every node costs O(n²).
 * The timed call returns the error's node list when a CycleError is thrown.
 */
function chain(names: readonly string[], deps: Record<string, string[]>, closed: boolean): void {
  for (let i = 0; i < names.length; i++) {
    const next = i + 1 < names.length ? names[i + 1] : closed ? names[0] : undefined;
    deps[names[i]!] = next === undefined ? [] : [next];
  }
}

export default defineBench<typeof Kata, Kata.Graph>({
  n: 'nodes',
  inputName: 'one dependency chain',
  input: (n) => {
    const deps: Record<string, string[]> = {};
    chain(Array.from({ length: n }, (_, i) => String(i)), deps, false);
    return deps;
  },
  families: [
    {
      name: 'independent tasks',
      exposes: 'ready lists re-sorted (or shifted) at every placement while many nodes are ready',
      input: (n, rng) => {
        const deps: Record<string, string[]> = {};
        for (const name of rng.shuffle(Array.from({ length: n }, (_, i) => String(i)))) deps[name] = [];
        return deps;
      },
    },
    {
      name: 'a chain beside a cycle',
      exposes: 'the nodes of a CycleError found by searching the placed order (includes) for every node',
      input: (n) => {
        const names = Array.from({ length: n }, (_, i) => String(i));
        const half = Math.floor(n / 2);
        const deps: Record<string, string[]> = {};
        chain(names.slice(0, half), deps, false);
        chain(names.slice(half), deps, n - half > 0);
        return deps;
      },
    },
  ],
  run: (impl, deps) => {
    try {
      return impl.topologicalOrder(deps);
    } catch (error) {
      if (error instanceof impl.CycleError) return error.nodes;
      throw error;
    }
  },
});
