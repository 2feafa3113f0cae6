import { describe, expect } from 'vitest';
import { hasCycle, type Graph } from './has-cycle.ts';
import { deepFreeze, fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';

// Built once, outside the properties: building the first string arbitrary takes about a second.
const nodeName = stringsOf(meta.domain.node);
/** `n` distinct node names from the whole domain: `__proto__`, `constructor`, '', lone surrogates, ordinary words. */
const names = (n: number) => fc.uniqueArray(nodeName, { minLength: n, maxLength: n });

/**
 * An adjacency record from edges between node numbers. Keys appear in the order their first
 * edge does; a `declared` node with no outgoing edge becomes a key with `[]`; a node that only
 * receives edges is never a key; a node with no edge and not declared does not exist.
 */
function buildGraph(
  names: readonly string[],
  edges: readonly (readonly [number, number])[],
  declared: readonly boolean[],
): Record<string, string[]> {
  // A Map, then Object.fromEntries: a name such as `__proto__` becomes an own key.
  const lists = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const list = lists.get(names[from]!);
    if (list) list.push(names[to]!);
    else lists.set(names[from]!, [names[to]!]);
  }
  declared.forEach((isDeclared, i) => {
    if (isDeclared && !lists.has(names[i]!)) lists.set(names[i]!, []);
  });
  return Object.fromEntries(lists);
}

/** Independent oracle for small graphs: some node can walk back to itself. */
function someNodeReachesItself(graph: Graph): boolean {
  return Object.keys(graph).some((start) => {
    const seen = new Set<string>();
    const queue = [...graph[start]!];
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node === start) return true;
      if (seen.has(node)) continue;
      seen.add(node);
      queue.push(...(Object.hasOwn(graph, node) ? graph[node]! : []));
    }
    return false;
  });
}

/** Random directed graphs: cycles, self-loops, repeated edges, isolated keys, neighbour-only nodes. */
const graphs = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.record({
      names: names(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
      declared: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ names, edges, declared }) => buildGraph(names, edges, declared));

/** Acyclic graphs: every edge goes from a lower to a higher position in a random order of the names. */
const dags = fc
  .integer({ min: 2, max: 8 })
  .chain((n) =>
    fc.record({
      names: names(n),
      edges: fc.array(
        fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        { maxLength: 3 * n },
      ),
      declared: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    }),
  );

describe('hasCycle examples', () => {
  it('finds no cycle in an empty graph', () => {
    expect(hasCycle({})).toBe(false);
  });
  it('finds no cycle in a single node without edges', () => {
    expect(hasCycle({ a: [] })).toBe(false);
  });
  it('counts a self-loop as a cycle', () => {
    expect(hasCycle({ a: ['a'] })).toBe(true);
    expect(hasCycle({ a: ['b'], b: ['b'] })).toBe(true);
  });
  it('finds no cycle in a chain that ends in a neighbour-only node', () => {
    expect(hasCycle({ a: ['b'], b: ['c'] })).toBe(false);
  });
  it('finds a triangle', () => {
    expect(hasCycle({ a: ['b'], b: ['c'], c: ['a'] })).toBe(true);
  });
  it('finds a two-node cycle that has no entry point', () => {
    expect(hasCycle({ a: ['b'], b: ['a'] })).toBe(true);
  });
  it('does not mistake a diamond (a node reached twice) for a cycle', () => {
    expect(hasCycle({ a: ['b', 'c'], b: ['d'], c: ['d'] })).toBe(false);
    expect(hasCycle({ c: ['d'], a: ['b', 'c'], b: ['d'] })).toBe(false);
  });
  it('does not mistake an edge into an already finished part for a cycle', () => {
    expect(hasCycle({ a: ['b'], b: ['c'], d: ['b'], e: ['d', 'a'] })).toBe(false);
  });
  it('finds a cycle that the first key cannot reach', () => {
    expect(hasCycle({ x: [], a: ['b'], b: ['c'], c: ['b'] })).toBe(true);
    expect(hasCycle({ a: ['b'], b: [], c: ['d'], d: ['e'], e: ['c'] })).toBe(true);
  });
  it('does not count a repeated edge as a cycle', () => {
    expect(hasCycle({ a: ['b', 'b'] })).toBe(false);
  });
  it('treats edges as directed', () => {
    expect(hasCycle({ a: ['b'], c: ['b'] })).toBe(false);
    expect(hasCycle({ a: ['b'], b: ['c'], c: ['b'] })).toBe(true);
  });
  it('handles node names that are also Object.prototype members', () => {
    expect(hasCycle({ a: ['constructor'] })).toBe(false);
    expect(hasCycle({ toString: ['valueOf'], valueOf: ['toString'] })).toBe(true);
  });
  it('treats a key named __proto__ as an own key with its own edges', () => {
    expect(hasCycle(Object.fromEntries([['__proto__', ['a']], ['a', ['__proto__']]]))).toBe(true);
    expect(hasCycle(Object.fromEntries([['__proto__', ['__proto__']]]))).toBe(true);
    expect(hasCycle(Object.fromEntries([['__proto__', ['a', '']], ['a', ['']]]))).toBe(false);
    expect(hasCycle(Object.fromEntries([['a', ['__proto__']], ['__proto__', ['b']], ['b', ['a']]]))).toBe(true);
  });
  it('finds the cycle of a 100 000-node ring without overflowing the call stack', () => {
    const size = 100_000;
    const graph: Record<string, string[]> = {};
    for (let i = 0; i < size; i++) graph[`n${i}`] = [`n${(i + 1) % size}`];
    expect(hasCycle(graph)).toBe(true);
  });
});

describe('hasCycle properties', () => {
  it.prop([graphs])('agrees with "some node can walk back to itself"', (graph) => {
    const expected = someNodeReachesItself(graph);
    expect(hasCycle(graph)).toBe(expected);
  });

  it.prop([dags])('finds no cycle when every edge points forward in some order', ({ names, edges, declared }) => {
    expect(hasCycle(buildGraph(names, edges, declared))).toBe(false);
  });

  it.prop([dags, fc.nat()])('finds the cycle closed by reversing one edge of an acyclic graph', ({ names, edges, declared }, k) => {
    const closing: readonly [number, number] = edges.length === 0 ? [k % names.length, k % names.length] : [edges[k % edges.length]![1], edges[k % edges.length]![0]];
    const withCycle = [...edges];
    withCycle.splice(k % (edges.length + 1), 0, closing);
    expect(hasCycle(buildGraph(names, withCycle, declared)), `with the edge ${names[closing[0]]} → ${names[closing[1]]} added`).toBe(true);
  });

  it.prop([graphs])('does not modify its input', (graph) => {
    const before = structuredClone(graph);
    hasCycle(deepFreeze(graph));
    expect(graph).toEqual(before);
  });
});
