import { defineBench, sameAnswer } from '#kit';
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
 * The timed call returns the error's node list, as `{ cycleNodes }`, when a CycleError is thrown.
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
  // A CycleError's node list comes back wrapped, `{ cycleNodes }`: returned bare it would be a
  // string[] like an order, and a solution that returned the stuck nodes instead of throwing them
  // would pass for one that threw. The ordered path returns the order itself, unchanged.
  run: (impl, deps) => {
    try {
      return impl.topologicalOrder(deps);
    } catch (error) {
      if (error instanceof impl.CycleError) return { cycleNodes: error.nodes };
      throw error;
    }
  },
  // Any valid order is right when the reference finds one: the answer must hold every node of the
  // graph (keys and list entries) exactly once, each dependency before its dependent. On a cycle
  // the contract is one list (the stuck nodes, sorted), so the answer must equal the reference's.
  answersAgree: (deps, answer, expected) => {
    if (!Array.isArray(expected)) return sameAnswer(deps, answer, expected);
    if (!Array.isArray(answer)) return false;
    const nodes = new Set<string>();
    for (const node of Object.keys(deps)) {
      nodes.add(node);
      for (const dep of deps[node]!) nodes.add(dep);
    }
    if (answer.length !== nodes.size) return false;
    const position = new Map<string, number>();
    for (let i = 0; i < answer.length; i++) {
      const node: unknown = answer[i];
      if (typeof node !== 'string' || !nodes.has(node) || position.has(node)) return false;
      position.set(node, i);
    }
    for (const node of Object.keys(deps)) {
      const at = position.get(node)!;
      for (const dep of deps[node]!) if (!(position.get(dep)! < at)) return false;
    }
    return true;
  },
});
