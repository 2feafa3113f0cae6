import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import { bfsLevels, type Graph } from './bfs-levels.ts';
import meta from './meta.ts';

/** Outgoing edges of `node`: none when it is only ever a neighbour (never trust inherited keys). */
function neighbours(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : [];
}

function allNodes(graph: Graph): string[] {
  const nodes = new Set<string>();
  for (const [node, list] of Object.entries(graph)) {
    nodes.add(node);
    for (const next of list) nodes.add(next);
  }
  return [...nodes];
}

/**
 * Independent oracle for distances: Bellman-Ford style relaxation, every edge relaxed until
 * nothing changes. Unreachable nodes are absent from the map.
 */
function distances(graph: Graph, start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of allNodes(graph)) {
      const d = dist.get(node);
      if (d === undefined) continue;
      for (const next of neighbours(graph, node)) {
        if (!dist.has(next) || dist.get(next)! > d + 1) {
          dist.set(next, d + 1);
          changed = true;
        }
      }
    }
  }
  return dist;
}

/**
 * The defining conditions: level d holds exactly the nodes at distance d, no level is empty, and
 * the concatenated levels are the breadth-first visit order (each node's not-yet-listed
 * neighbours follow in listed order).
 */
function expectLevels(graph: Graph, start: string, levels: readonly (readonly string[])[]): void {
  expect(Array.isArray(levels), 'the result is an array of levels').toBe(true);
  const dist = distances(graph, start);
  const maxDist = Math.max(...dist.values());
  expect(levels.length, `levels 0..${maxDist}, one per distance, none empty`).toBe(maxDist + 1);
  const order = levels.flat();
  const position = new Map<string, number>();
  order.forEach((node, i) => {
    expect(position.has(node), `${JSON.stringify(node)} appears once, but is at ${position.get(node)} and ${i} of the flattened levels`).toBe(false);
    position.set(node, i);
  });
  expect(new Set(order), 'the levels hold exactly the reachable nodes').toEqual(new Set(dist.keys()));
  levels.forEach((level, d) => {
    for (const node of level) expect(dist.get(node), `level of ${JSON.stringify(node)}`).toBe(d);
  });
  let next = 1;
  for (let i = 0; i < order.length; i++) {
    for (const neighbour of neighbours(graph, order[i]!)) {
      if (position.get(neighbour)! >= next) {
        expect(order[next], `flattened position ${next}: the next new neighbour of ${JSON.stringify(order[i])}`).toBe(neighbour);
        next++;
      }
    }
  }
}

function freezeGraph(graph: Record<string, string[]>): Graph {
  for (const list of Object.values(graph)) Object.freeze(list);
  return Object.freeze(graph);
}

function copyGraph(graph: Graph): Record<string, string[]> {
  return Object.fromEntries(Object.entries(graph).map(([node, list]) => [node, [...list]]));
}

/**
 * Random directed graphs over a pool of distinct node names drawn from the whole domain (`__proto__`,
 * `constructor`, '', lone surrogates and ordinary words), with self-loops, repeated edges, cycles,
 * neighbour-only and isolated nodes. Built with Object.fromEntries, so a key `__proto__` is an own key.
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

describe('bfsLevels examples', () => {
  const g = { a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: ['a'] };
  it('groups nodes by distance, each level in visit order', () => {
    expect(bfsLevels(g, 'a')).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });
  it('ignores the cycle back to the start', () => {
    expect(bfsLevels(g, 'd')).toEqual([['d'], ['a'], ['b', 'c'], ['e']]);
  });
  it('returns one level when the start is only ever a neighbour', () => {
    expect(bfsLevels(g, 'e')).toEqual([['e']]);
  });
  it('places a node by its shortest distance, not by the first long path that reaches it', () => {
    expect(bfsLevels({ s: ['a', 'd'], a: ['b'], b: ['d'], d: [] }, 's')).toEqual([['s'], ['a', 'd'], ['b']]);
  });
  it('places a node by its shortest distance when a depth-first walk would reach it first by the long way', () => {
    // A depth-first walk goes s, a, b, y before it looks at x: y would get depth 3 instead of 2.
    expect(bfsLevels({ s: ['a', 'x'], a: ['b'], b: ['y'], x: ['y'] }, 's')).toEqual([['s'], ['a', 'x'], ['b', 'y']]);
  });
  it('ignores self-loops and repeated edges', () => {
    expect(bfsLevels({ a: ['a', 'b', 'b'] }, 'a')).toEqual([['a'], ['b']]);
  });
  it('leaves out the unreachable part of a disconnected graph', () => {
    expect(bfsLevels({ a: ['b'], c: ['d'] }, 'a')).toEqual([['a'], ['b']]);
  });
  it('returns one level for an isolated key', () => {
    expect(bfsLevels({ a: [] }, 'a')).toEqual([['a']]);
  });
  it('lists a node once when two nodes of the same level both reach it', () => {
    expect(bfsLevels({ s: ['a', 'b'], a: ['x'], b: ['x', 'y'] }, 's')).toEqual([['s'], ['a', 'b'], ['x', 'y']]);
  });
  it('treats inherited-looking names as ordinary nodes', () => {
    expect(bfsLevels({ x: ['toString'], toString: ['constructor'] }, 'x')).toEqual([['x'], ['toString'], ['constructor']]);
  });
  it('treats a key named __proto__ as an own key with its own edges', () => {
    const graph = Object.fromEntries([['s', ['__proto__']], ['__proto__', ['x', '__proto__']], ['x', ['']]]);
    expect(bfsLevels(graph, 's')).toEqual([['s'], ['__proto__'], ['x'], ['']]);
  });
});

describe('bfsLevels properties', () => {
  it.prop([smallGraphs])('groups every reachable node by its distance, on small dense graphs', ({ graph, start }) => {
    expectLevels(graph, start, bfsLevels(freezeGraph(graph), start));
  });

  it.prop([sparseGraphs])('groups every reachable node by its distance, on sparse graphs with long paths', ({ graph, start }) => {
    expectLevels(graph, start, bfsLevels(freezeGraph(graph), start));
  });

  it.prop([fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 })])(
    'gives a layered graph with back edges one level per layer',
    (layers, width) => {
      // Layer k holds `width` nodes, each linked back to all of layer 0 and on to all of layer k + 1.
      const layer = (k: number) => Array.from({ length: width }, (_, i) => `L${k}.${i}`);
      const graph: Record<string, string[]> = {};
      for (let k = 0; k < layers; k++) for (const node of layer(k)) graph[node] = [...layer(0), ...layer(k + 1)];
      // From L0.0, the rest of layer 0 and all of layer 1 are one edge away; layer k is k edges away.
      const expected = [['L0.0'], [...layer(0).slice(1), ...layer(1)]];
      for (let k = 2; k <= layers; k++) expected.push(layer(k));
      expect(bfsLevels(freezeGraph(graph), 'L0.0')).toEqual(expected);
    },
  );

  it.prop([smallGraphs])('does not modify the graph', ({ graph, start }) => {
    const before = copyGraph(graph);
    bfsLevels(freezeGraph(graph), start);
    expect(copyGraph(graph)).toEqual(before);
  });
});
