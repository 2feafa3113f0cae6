import { describe, expect } from 'vitest';
import { shortestPaths, type WeightedGraph } from './shortest-paths.ts';
import { deepFreeze, fc, it, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';

type Edges = Record<string, [string, number][]>;

/**
 * Weights from the whole domain (fractions, subnormals, huge magnitudes, −0), each at most
 * 10^308 / 64: the up to 21 edges of a generated graph, plus one more edge, still add up to at
 * most 10^308 (README) when every weight is doubled.
 */
const weight = numbersOf(meta.domain.weight, { max: 1e308 / 64 });
// Built once, outside the properties: building the first string arbitrary takes about a second.
/** Node names from the whole domain: `__proto__`, `constructor`, '', lone surrogates, ordinary words. */
const nodeName = stringsOf(meta.domain.node);

/** An own entry `key: value`, also for a key `__proto__` (plain assignment would set the prototype). */
function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Independent oracle: Bellman–Ford, relaxing every edge V times. Each candidate is
 * `dist(from) + weight`, the path-order sum the README defines, so fractions round the same way.
 */
function bellmanFord(graph: WeightedGraph, start: string): Record<string, number> {
  const dist = new Map<string, number>([[start, Infinity]]);
  for (const [from, list] of Object.entries(graph)) {
    dist.set(from, Infinity);
    for (const [to] of list) dist.set(to, Infinity);
  }
  dist.set(start, 0);
  for (let round = 0; round < dist.size; round++) {
    for (const [from, list] of Object.entries(graph)) {
      for (const [to, w] of list) {
        const candidate = dist.get(from)! + w;
        if (candidate < dist.get(to)!) dist.set(to, candidate);
      }
    }
  }
  return Object.fromEntries(dist);
}

/**
 * Random weighted graphs with a start node: parallel edges, self-loops, zero weights, cycles,
 * keys without edges, neighbour-only nodes (the start among them) and unreachable parts. Names
 * and weights come from the whole domain; the record is built with Object.fromEntries, so a key
 * `__proto__` is an own key.
 */
const graphsWithStart = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.record({
      names: fc.uniqueArray(nodeName, { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), weight), { maxLength: 3 * n, size: 'max' }),
      declared: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      start: fc.nat(n - 1),
    }),
  )
  .map(({ names, edges, declared, start }) => {
    const lists = new Map<string, [string, number][]>();
    for (const [from, to, w] of edges) {
      const list = lists.get(names[from]!);
      if (list) list.push([names[to]!, w]);
      else lists.set(names[from]!, [[names[to]!, w]]);
    }
    declared.forEach((isDeclared, i) => {
      if (isDeclared && !lists.has(names[i]!)) lists.set(names[i]!, []);
    });
    const startName = names[start]!;
    const mentioned = lists.has(startName) || [...lists.values()].some((list) => list.some(([to]) => to === startName));
    if (!mentioned) lists.set(startName, []);
    const graph: Edges = Object.fromEntries(lists);
    return { graph, start: startName };
  });

describe('shortestPaths examples', () => {
  it('gives distance 0 to a lone start node', () => {
    expect(shortestPaths({ a: [] }, 'a')).toEqual({ a: 0 });
  });
  it('starts from a node that appears only as a neighbour', () => {
    expect(shortestPaths({ a: [['b', 4]] }, 'b')).toEqual({ a: Infinity, b: 0 });
  });
  it('prefers two cheap hops over one expensive edge', () => {
    expect(shortestPaths({ a: [['b', 1], ['c', 4]], b: [['c', 2]] }, 'a')).toEqual({ a: 0, b: 1, c: 3 });
  });
  it('keeps improving a node that was reached early at a high cost', () => {
    expect(shortestPaths({ s: [['x', 1], ['y', 5]], x: [['y', 1]], y: [['z', 1]] }, 's')).toEqual({ s: 0, x: 1, y: 2, z: 3 });
    expect(shortestPaths({ s: [['t', 10], ['a', 1]], a: [['b', 1]], b: [['c', 1]], c: [['t', 1]] }, 's')).toEqual({ s: 0, t: 4, a: 1, b: 2, c: 3 });
  });
  it('uses the cheaper of two parallel edges', () => {
    expect(shortestPaths({ a: [['b', 5], ['b', 2]] }, 'a')).toEqual({ a: 0, b: 2 });
  });
  it('handles zero-weight edges and zero-weight cycles', () => {
    expect(shortestPaths({ a: [['b', 0]], b: [['c', 0]] }, 'a')).toEqual({ a: 0, b: 0, c: 0 });
    expect(shortestPaths({ a: [['b', 0]], b: [['a', 0], ['c', 3]] }, 'a')).toEqual({ a: 0, b: 0, c: 3 });
  });
  it('ignores self-loops and edges back into the start', () => {
    expect(shortestPaths({ a: [['a', 1], ['b', 2]], b: [['b', 0], ['a', 0]] }, 'a')).toEqual({ a: 0, b: 2 });
  });
  it('follows edges only in their direction and reports Infinity for the unreachable', () => {
    expect(shortestPaths({ a: [['b', 3]], b: [['a', 1]], c: [['a', 1]] }, 'a')).toEqual({ a: 0, b: 3, c: Infinity });
    expect(shortestPaths({ a: [], x: [['y', 1]] }, 'a')).toEqual({ a: 0, x: Infinity, y: Infinity });
  });
  it('adds fractions in path order, so the distance is the rounded sum', () => {
    expect(shortestPaths({ a: [['b', 0.1], ['c', 0.5]], b: [['c', 0.2]] }, 'a')).toEqual({ a: 0, b: 0.1, c: 0.1 + 0.2 });
    expect(shortestPaths({ a: [['b', 0.5]], b: [['c', 1e-300]], c: [['d', 2 ** 53]] }, 'a')).toEqual({ a: 0, b: 0.5, c: 0.5 + 1e-300, d: 0.5 + 1e-300 + 2 ** 53 });
  });
  it('handles weights past 32 bits and close to 10^308', () => {
    expect(shortestPaths({ a: [['b', 2 ** 31], ['c', 2 ** 32 + 0.5]], b: [['c', 2 ** 31]] }, 'a')).toEqual({ a: 0, b: 2 ** 31, c: 2 ** 32 });
    expect(shortestPaths({ a: [['b', 5e307]], b: [['c', 4e307]] }, 'a')).toEqual({ a: 0, b: 5e307, c: 5e307 + 4e307 });
  });
  it('gives a node named __proto__ an own entry, and reads its own edges', () => {
    const graph: WeightedGraph = Object.fromEntries([['__proto__', [['constructor', 2]]], ['constructor', [['', 0.5]]]]);
    const result = shortestPaths(graph, '__proto__');
    expect(Object.hasOwn(result, '__proto__'), 'an own key __proto__').toBe(true);
    expect(result).toEqual(Object.fromEntries([['__proto__', 0], ['constructor', 2], ['', 2.5]]));
    expect(shortestPaths(Object.fromEntries([['a', [['__proto__', 1]]]]), 'a')).toEqual(Object.fromEntries([['a', 0], ['__proto__', 1]]));
  });
  it('handles node names that are also Object.prototype members', () => {
    const odd: WeightedGraph = { a: [['constructor', 2]], constructor: [['toString', 1] as const] };
    expect(shortestPaths(odd, 'a')).toEqual({ a: 0, constructor: 2, toString: 3 });
    expect(shortestPaths({ a: [['valueOf', 1]] }, 'valueOf')).toEqual({ a: Infinity, valueOf: 0 });
  });
});

describe('shortestPaths properties', () => {
  it.prop([graphsWithStart])('matches Bellman–Ford on every node', ({ graph, start }) => {
    const expected = bellmanFord(graph, start);
    expect(shortestPaths(graph, start)).toEqual(expected);
  });

  it.prop([graphsWithStart, fc.nat(), weight])(
    'a new edge from the start to x brings x down to at most its weight',
    ({ graph, start }, pick, w) => {
      const before = shortestPaths(graph, start);
      const nodes = Object.keys(before);
      const target = nodes[pick % nodes.length]!;
      const withEdge: Edges = { ...graph };
      define(withEdge, start, [...(Object.hasOwn(graph, start) ? graph[start]! : []), [target, w]]);
      const after = shortestPaths(withEdge, start);
      // The new path's length is 0 + w (a weight −0 gives a distance 0).
      const expected = target === start ? 0 : Math.min(before[target]!, 0 + w);
      expect(after[target], `distance to ${JSON.stringify(target)} after adding ${JSON.stringify(start)} → ${JSON.stringify(target)} (${w})`).toBe(expected);
      for (const node of nodes) expect(after[node], `adding an edge never lengthens the path to ${JSON.stringify(node)}`).toBeLessThanOrEqual(before[node]!);
    },
  );

  it.prop([graphsWithStart])('doubles every distance when every weight doubles', ({ graph, start }) => {
    const doubled: Edges = Object.fromEntries(Object.entries(graph).map(([node, list]) => [node, list.map(([to, w]) => [to, 2 * w] as [string, number])]));
    const once = shortestPaths(graph, start);
    const twice = shortestPaths(doubled, start);
    expect(twice).toEqual(Object.fromEntries(Object.entries(once).map(([node, d]) => [node, 2 * d])));
  });

  it.prop([graphsWithStart])('does not modify its input', ({ graph, start }) => {
    const before = structuredClone(graph);
    shortestPaths(deepFreeze(graph), start);
    expect(graph).toEqual(before);
  });
});
