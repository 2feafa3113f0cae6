// Deterministic heavy examples use vitest's own `test`, which runs once; fast-check's `it` would
// repeat a plain example as a property numRuns times.
import { describe, expect, test } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';
import { CycleError, topologicalOrder, type Graph } from './topological-order.ts';

/** What `node` depends on: nothing when it is only ever listed (never trust inherited keys). */
function depsOf(deps: Graph, node: string): readonly string[] {
  return Object.hasOwn(deps, node) ? deps[node]! : [];
}

function allNodes(deps: Graph): string[] {
  const nodes = new Set<string>();
  for (const [node, list] of Object.entries(deps)) {
    nodes.add(node);
    for (const next of list) nodes.add(next);
  }
  return [...nodes];
}

/**
 * Independent oracle, straight from the definition: a node cannot be ordered when some node it
 * reaches (itself included) reaches itself again. Reachability by a plain search per node.
 */
function unorderable(deps: Graph): string[] {
  const reach = new Map<string, Set<string>>();
  for (const node of allNodes(deps)) {
    const seen = new Set<string>();
    const pending = [...depsOf(deps, node)];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      pending.push(...depsOf(deps, next));
    }
    reach.set(node, seen);
  }
  const onCycle = (node: string) => reach.get(node)!.has(node);
  return allNodes(deps)
    .filter((node) => onCycle(node) || [...reach.get(node)!].some(onCycle))
    .sort();
}

/** The defining conditions of a valid order: every node once, each dependency before its dependent. */
function expectValidOrder(deps: Graph, order: readonly string[]): void {
  expect(Array.isArray(order), 'the result is an array').toBe(true);
  const position = new Map<string, number>();
  order.forEach((node, i) => {
    expect(position.has(node), `${JSON.stringify(node)} appears once, but is at ${position.get(node)} and ${i}`).toBe(false);
    position.set(node, i);
  });
  expect([...order].sort(), 'the order holds every node: keys and dependencies').toEqual(allNodes(deps).sort());
  for (const [node, list] of Object.entries(deps)) {
    for (const dep of list) {
      expect(position.get(dep)! < position.get(node)!, `${JSON.stringify(dep)} (at ${position.get(dep)}) comes before ${JSON.stringify(node)} (at ${position.get(node)}), which depends on it`).toBe(true);
    }
  }
}

/** Runs the function, expecting a CycleError, and returns the nodes it reports. */
function cycleNodes(deps: Graph): string[] {
  let thrown: unknown = null;
  let returned: unknown;
  try {
    returned = topologicalOrder(deps);
  } catch (error) {
    if (!(error instanceof CycleError)) throw error;
    thrown = error;
  }
  expect(thrown, `a CycleError is thrown (instead it returned ${JSON.stringify(returned)})`).toBeInstanceOf(CycleError);
  return (thrown as CycleError).nodes;
}

/** Either a valid order or the exact CycleError, as the oracle says. */
function expectCorrect(deps: Graph): void {
  const stuck = unorderable(deps);
  if (stuck.length === 0) expectValidOrder(deps, topologicalOrder(deps));
  else expect(cycleNodes(deps), 'CycleError nodes: every node on or depending on a cycle, sorted').toEqual(stuck);
}

function freezeGraph(deps: Record<string, string[]>): Graph {
  for (const list of Object.values(deps)) Object.freeze(list);
  return Object.freeze(deps);
}

function copyGraph(deps: Graph): Record<string, string[]> {
  return Object.fromEntries(Object.entries(deps).map(([node, list]) => [node, [...list]]));
}

/**
 * A pool of `size` distinct node names from the whole domain: `__proto__`, `constructor`, '',
 * lone surrogates, names whose code-unit order differs from alphabetical order, ordinary words.
 * Graphs are built with Object.fromEntries, so a key `__proto__` is an own key.
 */
const namePool = (size: number) => fc.uniqueArray(stringsOf(meta.domain.node), { minLength: size, maxLength: size });

/** Random dependency graphs: cycles, self-loops, repeated entries, listed-only and isolated nodes. */
function anyGraph(names: readonly string[], maxKeys: number, maxDegree: number) {
  const name = fc.constantFrom(...names);
  return fc
    .array(fc.tuple(name, fc.array(name, { maxLength: maxDegree })), { maxLength: maxKeys })
    .map((entries) => Object.fromEntries(entries) as Record<string, string[]>);
}

/**
 * Acyclic graphs by construction: nodes get a hidden rank and depend only on lower ranks.
 * Keys come in random order; some nodes without dependencies are left out as keys.
 */
function dag(names: readonly string[], maxDegree: number) {
  const max = names.length;
  return fc
    .tuple(
      fc.shuffledSubarray([...names]),
      fc.array(fc.array(fc.nat(), { maxLength: maxDegree }), { minLength: max, maxLength: max }),
      fc.array(fc.boolean(), { minLength: max, maxLength: max }),
      fc.array(fc.nat(), { minLength: max, maxLength: max }),
    )
    .map(([ranked, picks, omit, keyOrder]) => {
      const lists = ranked.map((_, i) => (i === 0 ? [] : picks[i]!.map((p) => ranked[p % i]!)));
      const mentioned = new Set(lists.flat());
      const entries: [string, string[]][] = [];
      ranked.forEach((node, i) => {
        if (lists[i]!.length === 0 && mentioned.has(node) && omit[i]) return;
        entries.push([node, lists[i]!]);
      });
      entries.sort((x, y) => keyOrder[ranked.indexOf(x[0])]! - keyOrder[ranked.indexOf(y[0])]!);
      return Object.fromEntries(entries) as Record<string, string[]>;
    });
}

/** A DAG plus a few extra entries, which usually close cycles somewhere in the middle of it. */
function dagWithBackEdges(names: readonly string[]) {
  return fc
    .tuple(dag(names, 2), fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)), { minLength: 1, maxLength: 2 }))
    .map(([deps, extra]) => {
      const copy = copyGraph(deps);
      for (const [from, to] of extra) {
        if (!Object.hasOwn(copy, from)) Object.defineProperty(copy, from, { value: [], enumerable: true, writable: true, configurable: true });
        copy[from]!.push(to);
      }
      return copy;
    });
}

describe('topologicalOrder examples', () => {
  it('returns an empty order for an empty graph', () => {
    expect(topologicalOrder({})).toEqual([]);
  });
  it('orders a single node with no dependencies', () => {
    expect(topologicalOrder({ a: [] })).toEqual(['a']);
  });
  it('puts shared dependencies first', () => {
    const deps = { app: ['db', 'cache'], db: ['config'], cache: ['config'] };
    const order = topologicalOrder(deps);
    expectValidOrder(deps, order);
    expect(order[0]).toBe('config');
    expect(order[3]).toBe('app');
  });
  it('accepts nodes without edges in any order', () => {
    expect([...topologicalOrder({ a: [], b: [] })].sort()).toEqual(['a', 'b']);
  });
  it('includes a node that is only ever a dependency, even when listed twice', () => {
    expect(topologicalOrder({ a: ['b', 'b'] })).toEqual(['b', 'a']);
  });
  it('orders a chain from its far end', () => {
    expect(topologicalOrder({ a: ['b'], b: ['c'], c: ['d'] })).toEqual(['d', 'c', 'b', 'a']);
  });
  it('treats inherited-looking names as ordinary nodes', () => {
    expect(topologicalOrder({ toString: ['constructor'] })).toEqual(['constructor', 'toString']);
    expect(topologicalOrder({ constructor: ['toString'], toString: [] })).toEqual(['toString', 'constructor']);
  });
  it('treats a key named __proto__ as an own key with its own dependencies', () => {
    const deps = Object.fromEntries([['__proto__', ['constructor', '']], ['', []]]);
    const order = topologicalOrder(deps);
    expectValidOrder(deps, order);
    expect(order[2]).toBe('__proto__');
    expect(cycleNodes(Object.fromEntries([['__proto__', ['x']], ['x', ['__proto__']], ['y', []]]))).toEqual(['__proto__', 'x']);
  });
  it('throws CycleError for a node that depends on itself', () => {
    expect(cycleNodes({ a: ['a'] })).toEqual(['a']);
  });
  it('reports the cycle and the nodes that depend on it, not the ones that could be ordered', () => {
    expect(cycleNodes({ a: ['b'], b: ['a'], c: ['a'], d: [], e: ['d'] })).toEqual(['a', 'b', 'c']);
  });
  it('does not report a node the cycle depends on', () => {
    expect(cycleNodes({ x: ['y'], y: ['x', 'z'] })).toEqual(['x', 'y']);
  });
  it('reports every cycle, not just the first one found', () => {
    expect(cycleNodes({ p: ['q'], q: ['p'], r: ['s'], s: ['r'] })).toEqual(['p', 'q', 'r', 's']);
  });
  it('reports a node that depends on a cycle through a long chain', () => {
    expect(cycleNodes({ top: ['m1'], m1: ['m2'], m2: ['loop'], loop: ['loop'], side: [] })).toEqual(['loop', 'm1', 'm2', 'top']);
  });
  it('sorts the reported nodes by UTF-16 code units', () => {
    expect(cycleNodes({ b: ['B'], B: ['a'], a: ['b'] })).toEqual(['B', 'a', 'b']);
  });
  it('throws a CycleError, which is an Error carrying the nodes', () => {
    expect(cycleNodes({ a: ['b'], b: ['a'] })).toEqual(['a', 'b']);
    const error = new CycleError(['a', 'b']);
    expect(error, 'CycleError is an Error').toBeInstanceOf(Error);
    expect(error.name).toBe('CycleError');
    expect(error.nodes).toEqual(['a', 'b']);
  });
  test('orders a 20 000-node chain without overflowing the stack', () => {
    // Deep enough to overflow a recursive depth-first search, small enough for the O(V·E) brute force.
    const n = 20_000;
    const names = Array.from({ length: n }, (_, i) => `t${i}`);
    const deps: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) deps[names[i]!] = i + 1 < n ? [names[i + 1]!] : [];
    const order = topologicalOrder(deps);
    expect(order.length, 'every node is placed').toBe(n);
    expect(order.every((node, i) => node === names[n - 1 - i]), 'a chain has exactly one valid order: from its far end').toBe(true);
  });
});

describe('topologicalOrder properties', () => {
  it.prop([namePool(10).chain((names) => dag(names, 3))])('returns a valid order for any acyclic graph', (deps) => {
    expectValidOrder(deps, topologicalOrder(freezeGraph(deps)));
  });

  it.prop([namePool(30).chain((names) => dag(names, 2))])('returns a valid order for larger sparse acyclic graphs', (deps) => {
    expectValidOrder(deps, topologicalOrder(freezeGraph(deps)));
  });

  it.prop([namePool(10).chain((names) => anyGraph(names, 8, 3))])('orders a graph or reports exactly the nodes that cannot be ordered', (deps) => {
    expectCorrect(freezeGraph(deps));
  });

  it.prop([namePool(10).chain(dagWithBackEdges)])('reports exactly the nodes on or above a cycle planted in an acyclic graph', (deps) => {
    expectCorrect(freezeGraph(deps));
  });

  it.prop([namePool(30).chain(dagWithBackEdges)])('reports exactly the nodes on or above a cycle in larger graphs', (deps) => {
    expectCorrect(freezeGraph(deps));
  });

  it.prop([namePool(10).chain((names) => anyGraph(names, 8, 3))])('does not modify the graph', (deps) => {
    const before = copyGraph(deps);
    try {
      topologicalOrder(freezeGraph(deps));
    } catch (error) {
      if (!(error instanceof CycleError)) throw error;
    }
    expect(copyGraph(deps)).toEqual(before);
  });
});
