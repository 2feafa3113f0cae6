import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import { bfsOrder, type Graph } from './bfs-order.ts';
import meta from './meta.ts';

/** Outgoing edges of `node`: none when it is only ever a neighbour (never trust inherited keys). */
function neighbours(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : [];
}

/** Every node the graph mentions, as a key or inside a list. */
function allNodes(graph: Graph): string[] {
  const nodes = new Set<string>();
  for (const [node, list] of Object.entries(graph)) {
    nodes.add(node);
    for (const next of list) nodes.add(next);
  }
  return [...nodes];
}

/** Independent oracle for the node set: grow the reachable set until it stops changing. */
function reachable(graph: Graph, start: string): Set<string> {
  const seen = new Set([start]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of [...seen]) {
      for (const next of neighbours(graph, node)) {
        if (!seen.has(next)) {
          seen.add(next);
          grew = true;
        }
      }
    }
  }
  return seen;
}

/**
 * The defining conditions of the BFS order: it starts at `start`, holds each reachable node once,
 * and reading it front to back, each node's not-yet-listed neighbours come next, in listed order.
 */
function expectBfsOrder(graph: Graph, start: string, order: readonly string[]): void {
  expect(Array.isArray(order), 'the result is an array').toBe(true);
  expect(order[0], 'the first visited node is the start').toBe(start);
  const position = new Map<string, number>();
  order.forEach((node, i) => {
    expect(position.has(node), `${JSON.stringify(node)} is visited once, but appears at ${position.get(node)} and ${i}`).toBe(false);
    position.set(node, i);
  });
  const expected = reachable(graph, start);
  expect(new Set(order), 'the visited nodes are exactly the reachable ones').toEqual(expected);
  let next = 1;
  for (let i = 0; i < order.length; i++) {
    for (const neighbour of neighbours(graph, order[i]!)) {
      if (position.get(neighbour)! >= next) {
        expect(order[next], `position ${next}: the next new neighbour of ${JSON.stringify(order[i])} (visited at ${i})`).toBe(neighbour);
        next++;
      }
    }
  }
}

/** Deep-freezes a graph (the record and every list) so any write throws. */
function freezeGraph(graph: Record<string, string[]>): Graph {
  for (const list of Object.values(graph)) Object.freeze(list);
  return Object.freeze(graph);
}

function copyGraph(graph: Graph): Record<string, string[]> {
  return Object.fromEntries(Object.entries(graph).map(([node, list]) => [node, [...list]]));
}

/**
 * Random directed graphs over a pool of distinct node names drawn from the whole domain (`__proto__`,
 * `constructor`, '', lone surrogates and ordinary words): self-loops, repeated edges, cycles, nodes
 * that are only neighbours and isolated keys. The graph is built with Object.fromEntries, so a key
 * `__proto__` is an own key. The start is any mentioned node.
 */
function graphWithStart(poolSize: number, maxKeys: number, maxDegree: number) {
  const index = fc.nat(poolSize - 1);
  return fc
    .tuple(
      fc.uniqueArray(stringsOf(meta.domain.node), { minLength: poolSize, maxLength: poolSize }),
      fc.array(fc.tuple(index, fc.array(index, { maxLength: maxDegree })), { minLength: 1, maxLength: maxKeys }),
      fc.nat(),
    )
    .map(([names, entries, pick]) => {
      const graph = Object.fromEntries(entries.map(([key, list]) => [names[key]!, list.map((i) => names[i]!)]));
      const nodes = allNodes(graph);
      return { graph, start: nodes[pick % nodes.length]! };
    });
}

const smallGraphs = graphWithStart(8, 8, 4);
const sparseGraphs = graphWithStart(24, 24, 2);

describe('bfsOrder examples', () => {
  const g = { a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: ['a'] };
  it('visits nodes one edge away before nodes two edges away', () => {
    expect(bfsOrder(g, 'a')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('does not revisit the start when a cycle leads back to it', () => {
    expect(bfsOrder(g, 'd')).toEqual(['d', 'a', 'b', 'c', 'e']);
  });
  it('returns just the start when it is only ever a neighbour', () => {
    expect(bfsOrder(g, 'e')).toEqual(['e']);
  });
  it('follows the listed order, not alphabetical order', () => {
    expect(bfsOrder({ a: ['c', 'b'], b: [], c: [] }, 'a')).toEqual(['a', 'c', 'b']);
  });
  it('ignores self-loops and repeated edges', () => {
    expect(bfsOrder({ a: ['a', 'b', 'b'] }, 'a')).toEqual(['a', 'b']);
  });
  it('leaves out the unreachable part of a disconnected graph', () => {
    expect(bfsOrder({ a: ['b'], c: ['d'] }, 'a')).toEqual(['a', 'b']);
  });
  it('returns just the start for an isolated key', () => {
    expect(bfsOrder({ a: [], b: ['a'] }, 'a')).toEqual(['a']);
  });
  it('treats inherited-looking names as ordinary nodes', () => {
    expect(bfsOrder({ x: ['constructor', 'toString'] }, 'x')).toEqual(['x', 'constructor', 'toString']);
    expect(bfsOrder({ x: ['constructor'] }, 'constructor')).toEqual(['constructor']);
  });
  it('treats a key named __proto__ as an own key with its own edges', () => {
    const graph = Object.fromEntries([['__proto__', ['a', '__proto__']], ['a', ['__proto__', 'b']]]);
    expect(bfsOrder(graph, '__proto__')).toEqual(['__proto__', 'a', 'b']);
    expect(bfsOrder(graph, 'a')).toEqual(['a', '__proto__', 'b']);
  });
  it('accepts the empty string as a node name', () => {
    expect(bfsOrder({ '': ['a', ''], a: [''] }, 'a')).toEqual(['a', '']);
  });
  it('visits a node found by two parents once, through the earlier parent', () => {
    expect(bfsOrder({ s: ['a', 'b'], a: ['x'], b: ['y', 'x'], x: ['z'], y: ['z'] }, 's')).toEqual(['s', 'a', 'b', 'x', 'y', 'z']);
  });
  it('visits a deep node after every shallower one, even when reached by a long chain first in the lists', () => {
    expect(bfsOrder({ s: ['a', 'd'], a: ['b'], b: ['c'], c: ['d'], d: ['e'] }, 's')).toEqual(['s', 'a', 'd', 'b', 'e', 'c']);
  });
});

describe('bfsOrder properties', () => {
  it.prop([smallGraphs])('visits every reachable node once, in breadth-first order, on small dense graphs', ({ graph, start }) => {
    expectBfsOrder(graph, start, bfsOrder(freezeGraph(graph), start));
  });

  it.prop([sparseGraphs])('visits every reachable node once, in breadth-first order, on sparse graphs with long paths', ({ graph, start }) => {
    expectBfsOrder(graph, start, bfsOrder(freezeGraph(graph), start));
  });

  it.prop([fc.array(fc.boolean(), { minLength: 1, maxLength: 40 })])('walks a path in order, whichever way its edges are listed', (forward) => {
    // A path v0 - v1 - ... - vk whose edges point forward, some also back (listed first).
    const graph: Record<string, string[]> = {};
    for (let i = 0; i < forward.length; i++) graph[`v${i}`] = forward[i] || i === 0 ? [`v${i + 1}`] : [`v${i - 1}`, `v${i + 1}`];
    const expected = Array.from({ length: forward.length + 1 }, (_, i) => `v${i}`);
    expect(bfsOrder(freezeGraph(graph), 'v0')).toEqual(expected);
  });

  it.prop([smallGraphs])('does not modify the graph', ({ graph, start }) => {
    const before = copyGraph(graph);
    bfsOrder(freezeGraph(graph), start);
    expect(copyGraph(graph)).toEqual(before);
  });
});
