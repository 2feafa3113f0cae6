import { describe, expect } from 'vitest';
import { dfsOrder, type Graph } from './dfs-order.ts';
import { deepFreeze, fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';

/** Independent oracle for small graphs: the recursive search itself, word for word. */
function recursivePreorder(graph: Graph, start: string): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (node: string): void => {
    seen.add(node);
    order.push(node);
    for (const next of Object.hasOwn(graph, node) ? graph[node]! : []) if (!seen.has(next)) visit(next);
  };
  visit(start);
  return order;
}

// Built once, outside the properties: building the first string arbitrary takes about a second.
const nodeName = stringsOf(meta.domain.node);

/**
 * Random directed graphs with a start node: cycles, self-loops, repeated neighbours, keys with
 * no edges, nodes that appear only as neighbours (the start among them), unreachable parts.
 * Node names are distinct names from the whole domain (`__proto__`, `constructor`, '', lone
 * surrogates, ordinary words); the record is built with Object.fromEntries, so a key `__proto__`
 * is an own key. Keys appear in the order of their first edge, so key order says nothing about
 * visit order.
 */
const graphsWithStart = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      names: fc.uniqueArray(nodeName, { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n, size: 'max' }),
      declared: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      start: fc.nat(n - 1),
    }),
  )
  .map(({ names, edges, declared, start }) => {
    const lists = new Map<string, string[]>();
    for (const [from, to] of edges) {
      const list = lists.get(names[from]!);
      if (list) list.push(names[to]!);
      else lists.set(names[from]!, [names[to]!]);
    }
    declared.forEach((isDeclared, i) => {
      if (isDeclared && !lists.has(names[i]!)) lists.set(names[i]!, []);
    });
    const startName = names[start]!;
    const mentioned = lists.has(startName) || [...lists.values()].some((list) => list.includes(startName));
    if (!mentioned) lists.set(startName, []);
    return { graph: Object.fromEntries(lists) as Record<string, string[]>, start: startName };
  });

describe('dfsOrder examples', () => {
  it('visits a lone start node', () => {
    expect(dfsOrder({ a: [] }, 'a')).toEqual(['a']);
  });
  it('starts from a node that appears only as a neighbour', () => {
    expect(dfsOrder({ a: ['b'] }, 'b')).toEqual(['b']);
  });
  it('goes deep before it goes wide', () => {
    expect(dfsOrder({ a: ['b', 'c'], b: ['d'], c: ['e'] }, 'a')).toEqual(['a', 'b', 'd', 'c', 'e']);
  });
  it('tries neighbours in the order they are listed, not alphabetically', () => {
    expect(dfsOrder({ a: ['c', 'b'], b: ['d'], c: ['e'] }, 'a')).toEqual(['a', 'c', 'e', 'b', 'd']);
  });
  it('visits a node where the recursion first reaches it, not where it was first seen', () => {
    expect(dfsOrder({ a: ['b', 'c'], b: ['c', 'd'] }, 'a')).toEqual(['a', 'b', 'c', 'd']);
    expect(dfsOrder({ a: ['b', 'c', 'd'], b: ['d', 'c'] }, 'a')).toEqual(['a', 'b', 'd', 'c']);
  });
  it('visits each node once in spite of cycles and self-loops', () => {
    expect(dfsOrder({ a: ['b'], b: ['a', 'c'], c: ['c'] }, 'a')).toEqual(['a', 'b', 'c']);
  });
  it('leaves out nodes the start cannot reach', () => {
    expect(dfsOrder({ a: ['b'], x: ['a'] }, 'a')).toEqual(['a', 'b']);
    expect(dfsOrder({ x: ['y'], a: [] }, 'a')).toEqual(['a']);
  });
  it('ignores repeated neighbours and edges back to the start', () => {
    expect(dfsOrder({ a: ['b', 'b', 'a'] }, 'a')).toEqual(['a', 'b']);
  });
  it('handles node names that are also Object.prototype members', () => {
    expect(dfsOrder({ a: ['constructor', 'b'] }, 'a')).toEqual(['a', 'constructor', 'b']);
    expect(dfsOrder({ toString: ['valueOf'] }, 'toString')).toEqual(['toString', 'valueOf']);
  });
  it('treats a key named __proto__ as an own key with its own edges', () => {
    expect(dfsOrder(Object.fromEntries([['__proto__', ['x', '']]]), '__proto__')).toEqual(['__proto__', 'x', '']);
    expect(dfsOrder(Object.fromEntries([['a', ['__proto__', 'b']], ['__proto__', ['c']]]), 'a')).toEqual(['a', '__proto__', 'c', 'b']);
  });
  it('walks a 100 000-node path in order without overflowing the call stack', () => {
    const size = 100_000;
    const names = Array.from({ length: size }, (_, i) => `n${i}`);
    const graph: Record<string, string[]> = {};
    for (let i = 0; i + 1 < size; i++) graph[names[i]!] = [names[i + 1]!];
    expect(dfsOrder(graph, 'n0')).toEqual(names);
  });
  it('backtracks correctly out of a 100 000-node path', () => {
    // Every node lists the next one first and a shared leaf second: the leaf is reached at the
    // very bottom, then the search must unwind 100 000 levels without revisiting anything.
    const size = 100_000;
    const names = Array.from({ length: size }, (_, i) => `n${i}`);
    const graph: Record<string, string[]> = { start: ['n0', 'tail'] };
    for (let i = 0; i < size; i++) graph[names[i]!] = i + 1 < size ? [names[i + 1]!, 'leaf'] : ['leaf'];
    expect(dfsOrder(graph, 'start')).toEqual(['start', ...names, 'leaf', 'tail']);
  });
});

describe('dfsOrder properties', () => {
  it.prop([graphsWithStart])('matches the recursive depth-first preorder', ({ graph, start }) => {
    const expected = recursivePreorder(graph, start);
    expect(dfsOrder(graph, start)).toEqual(expected);
  });

  it.prop([graphsWithStart])('lists the start first and no node twice', ({ graph, start }) => {
    const order = dfsOrder(graph, start);
    expect(order[0], 'first node').toBe(start);
    expect(new Set(order).size, `no repeats in ${JSON.stringify(order)}`).toBe(order.length);
  });

  it.prop([graphsWithStart])('does not modify its input', ({ graph, start }) => {
    const before = structuredClone(graph);
    dfsOrder(deepFreeze(graph), start);
    expect(graph).toEqual(before);
  });
});
