import { describe, expect } from 'vitest';
import { shortestPaths, type WeightedGraph } from './shortest-paths.ts';
import { deepFreeze, fc, it } from '#kit/testing';

const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

type Edges = Record<string, [string, number][]>;

/** Independent oracle: Bellman–Ford, relaxing every edge V times. */
function bellmanFord(graph: WeightedGraph, start: string): Record<string, number> {
  const dist: Record<string, number> = { [start]: Infinity };
  for (const [from, list] of Object.entries(graph)) {
    dist[from] = Infinity;
    for (const [to] of list) dist[to] = Infinity;
  }
  dist[start] = 0;
  const nodeCount = Object.keys(dist).length;
  for (let round = 0; round < nodeCount; round++) {
    for (const [from, list] of Object.entries(graph)) {
      for (const [to, weight] of list) dist[to] = Math.min(dist[to]!, dist[from]! + weight);
    }
  }
  return dist;
}

/**
 * Random weighted graphs with a start node: parallel edges, self-loops, zero weights, cycles,
 * keys without edges, neighbour-only nodes (the start among them) and unreachable parts.
 */
const graphsWithStart = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.record({
      names: fc.shuffledSubarray([...NAMES], { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 9 })), { maxLength: 3 * n, size: 'max' }),
      declared: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      start: fc.nat(n - 1),
    }),
  )
  .map(({ names, edges, declared, start }) => {
    const graph: Edges = {};
    for (const [from, to, weight] of edges) (graph[names[from]!] ??= []).push([names[to]!, weight]);
    declared.forEach((isDeclared, i) => {
      if (isDeclared) graph[names[i]!] ??= [];
    });
    const startName = names[start]!;
    const mentioned = startName in graph || Object.values(graph).some((list) => list.some(([to]) => to === startName));
    if (!mentioned) graph[startName] = [];
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

  it.prop([graphsWithStart, fc.nat(), fc.integer({ min: 0, max: 20 })])(
    'a new edge from the start to x brings x down to at most its weight',
    ({ graph, start }, pick, weight) => {
      const before = shortestPaths(graph, start);
      const nodes = Object.keys(before);
      const target = nodes[pick % nodes.length]!;
      const withEdge: Edges = { ...graph, [start]: [...(graph[start] ?? []), [target, weight]] };
      const after = shortestPaths(withEdge, start);
      const expected = target === start ? 0 : Math.min(before[target]!, weight);
      expect(after[target], `distance to ${target} after adding ${start} → ${target} (${weight})`).toBe(expected);
      for (const node of nodes) expect(after[node], `adding an edge never lengthens the path to ${node}`).toBeLessThanOrEqual(before[node]!);
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
