import { describe, expect } from 'vitest';
import { fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { mstWeight } from './min-spanning-tree.ts';

type Edge = [number, number, number];

/** Number of connected components among nodes 0..nodeCount-1 using the given edges. */
function componentCount(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const label = Array.from({ length: nodeCount }, (_, i) => i);
  for (const [a, b] of edges) {
    const from = label[b]!;
    const to = label[a]!;
    for (let i = 0; i < nodeCount; i++) if (label[i] === from) label[i] = to;
  }
  return new Set(label).size;
}

/**
 * Independent oracle for tiny graphs: try every subset of edges; a subset is a spanning forest
 * when it has nodeCount - k edges (k = components of the whole graph) and no cycle (its own
 * component count is then k too). Return the cheapest.
 */
function cheapestForestByBruteForce(nodeCount: number, edges: readonly Edge[]): number {
  const needed = nodeCount - componentCount(nodeCount, edges);
  let best = Infinity;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const subset = edges.filter((_, i) => mask & (1 << i));
    if (subset.length !== needed) continue;
    if (componentCount(nodeCount, subset) !== nodeCount - needed) continue;
    best = Math.min(best, subset.reduce((sum, [, , w]) => sum + w, 0));
  }
  return best;
}

/**
 * Weights from the whole domain (past ±2^31 and ±2^32, values like 9 and 10 whose strings sort
 * the other way, −0), each at most MAX_SAFE_INTEGER / `maxEdges` in size, so that the weights of
 * up to `maxEdges` edges add up to a safe integer (README) and every total is exact.
 */
const weights = (maxEdges: number) => {
  const bound = Math.floor(Number.MAX_SAFE_INTEGER / maxEdges);
  return numbersOf(meta.domain.weight, { min: -bound, max: bound });
};

// The sign of a zero total is not part of the contract (a forest of −0 edges): compare without it.
const expectTotal = (actual: number, expected: number) => expect(normaliseZeros(actual)).toBe(normaliseZeros(expected));

/** Tiny graphs: 0..5 nodes, up to 8 edges with parallel edges, self-loops, negative and zero weights. */
const tinyGraphs = fc.integer({ min: 0, max: 5 }).chain((nodeCount) =>
  fc.record({
    nodeCount: fc.constant(nodeCount),
    edges:
      nodeCount === 0
        ? fc.constant<Edge[]>([])
        : fc.array(fc.tuple(fc.nat(nodeCount - 1), fc.nat(nodeCount - 1), weights(8)), { maxLength: 8, size: 'max' }),
  }),
);

/** Larger graphs: 1..30 nodes, up to 60 edges, weights small enough to shift by another weight. */
const graphs = fc.integer({ min: 1, max: 30 }).chain((nodeCount) =>
  fc.record({
    nodeCount: fc.constant(nodeCount),
    edges: fc.array(fc.tuple(fc.nat(nodeCount - 1), fc.nat(nodeCount - 1), weights(120)), { maxLength: 60 }),
  }),
);

/**
 * A planted answer: a random spanning tree (node i > 0 hangs from a random earlier node), plus
 * extra edges that are all heavier than every tree edge (the heaviest tree edge plus a positive
 * amount). Each extra edge is the heaviest on the cycle it closes, so the tree is the unique
 * minimum. At most 39 + 80 edges, each within MAX_SAFE_INTEGER / 120 in size.
 */
const plantedTrees = fc.integer({ min: 1, max: 40 }).chain((nodeCount) =>
  fc.record({
    nodeCount: fc.constant(nodeCount),
    tree: fc.tuple(...Array.from({ length: nodeCount - 1 }, (_, i) => fc.tuple(fc.nat(i), weights(240)))),
    extra: fc.array(fc.tuple(fc.nat(nodeCount - 1), fc.nat(nodeCount - 1), numbersOf(meta.domain.weight, { min: 1, max: Math.floor(Number.MAX_SAFE_INTEGER / 240) })), { maxLength: 2 * nodeCount }),
    order: fc.nat(),
  }),
);

describe('mstWeight examples', () => {
  it('costs nothing without nodes or without edges', () => {
    expect(mstWeight(0, [])).toBe(0);
    expect(mstWeight(1, [])).toBe(0);
    expect(mstWeight(3, [])).toBe(0);
  });
  it('takes the only edge of two nodes', () => {
    expect(mstWeight(2, [[0, 1, 5]])).toBe(5);
  });
  it('skips the edge that would close a cycle', () => {
    expect(mstWeight(3, [[0, 1, 1], [1, 2, 2], [0, 2, 3]])).toBe(3);
    expect(mstWeight(3, [[0, 2, 3], [1, 2, 2], [0, 1, 1]])).toBe(3);
  });
  it('spans every component of a disconnected graph', () => {
    expect(mstWeight(4, [[0, 1, 4], [2, 3, 7]])).toBe(11);
    expect(mstWeight(5, [[3, 4, 2], [0, 1, 1], [1, 0, 3]])).toBe(3);
  });
  it('uses the cheapest of parallel edges and ignores self-loops', () => {
    expect(mstWeight(2, [[0, 1, 9], [0, 1, 2], [1, 1, 0]])).toBe(2);
    expect(mstWeight(2, [[0, 0, -7], [1, 1, -7], [1, 0, 4]])).toBe(4);
  });
  it('handles negative and zero weights without taking extra edges', () => {
    expect(mstWeight(3, [[0, 1, -2], [1, 2, -3], [0, 2, -1]])).toBe(-5);
    expect(mstWeight(3, [[0, 1, 0], [1, 2, 0], [0, 2, 0]])).toBe(0);
  });
  it('picks edges by weight, not by where they appear', () => {
    expect(mstWeight(4, [[0, 1, 10], [1, 2, 10], [2, 3, 10], [0, 3, 1], [1, 3, 1], [2, 0, 1]])).toBe(3);
  });
  it('compares weights as numbers, not as strings', () => {
    expect(mstWeight(3, [[0, 1, 10], [1, 2, 9], [0, 2, 100]])).toBe(19);
  });
  it('handles weights past 32 bits and up to the ends of the safe integers', () => {
    expect(mstWeight(3, [[0, 1, 2 ** 31], [1, 2, 1], [0, 2, 2]])).toBe(3);
    expect(mstWeight(3, [[0, 1, 2 ** 31], [1, 2, 2 ** 32], [0, 2, 2 ** 32 + 1]])).toBe(2 ** 31 + 2 ** 32);
    expect(mstWeight(3, [[0, 1, -(2 ** 31) - 1], [1, 2, 2 ** 31], [0, 2, 2 ** 31 - 1]])).toBe(-2);
    expect(mstWeight(3, [[0, 1, 2 ** 52], [1, 2, 2 ** 52 - 1]])).toBe(Number.MAX_SAFE_INTEGER);
    expect(mstWeight(2, [[0, 1, Number.MAX_SAFE_INTEGER], [1, 0, Number.MIN_SAFE_INTEGER]])).toBe(Number.MIN_SAFE_INTEGER);
  });
  it('resolves ties between equal edges', () => {
    expect(mstWeight(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 0, 1], [0, 2, 1]])).toBe(3);
  });
  it('joins components through an edge that is not the one it just looked at', () => {
    // After 0-1 and 2-3 are joined, 1-3 must merge the two trees even though neither 1 nor 3
    // is the representative of its component.
    expect(mstWeight(4, [[0, 1, 1], [2, 3, 1], [1, 3, 5], [0, 2, 6]])).toBe(7);
  });
});

describe('mstWeight properties', () => {
  it.prop([tinyGraphs])('matches the cheapest spanning forest found by trying every subset of edges', ({ nodeCount, edges }) => {
    const expected = cheapestForestByBruteForce(nodeCount, edges);
    expectTotal(mstWeight(nodeCount, edges), expected);
  });

  it.prop([plantedTrees])('finds a planted tree whose edges are all lighter than the others', ({ nodeCount, tree, extra, order }) => {
    const treeEdges: Edge[] = tree.map(([parent, weight], i) => (order % 2 === 0 ? [i + 1, parent, weight] : [parent, i + 1, weight]));
    const heaviest = Math.max(0, ...treeEdges.map(([, , w]) => w));
    const all = [...treeEdges, ...extra.map(([a, b, more]) => [a, b, heaviest + more] as Edge)];
    const shift = order % (all.length + 1);
    const rotated = [...all.slice(shift), ...all.slice(0, shift)];
    const expected = treeEdges.reduce((sum, [, , w]) => sum + w, 0);
    expectTotal(mstWeight(nodeCount, rotated), expected);
  });

  it.prop([graphs, weights(120)])(
    'adding c to every weight adds c for each edge of the forest',
    ({ nodeCount, edges }, c) => {
      const forestEdges = nodeCount - componentCount(nodeCount, edges);
      const shifted = edges.map(([a, b, w]) => [a, b, w + c] as Edge);
      expectTotal(mstWeight(nodeCount, shifted), mstWeight(nodeCount, [...edges]) + c * forestEdges);
    },
  );

  it.prop([graphs, fc.nat()])('does not depend on edge order or endpoint order', ({ nodeCount, edges }, seed) => {
    const expected = mstWeight(nodeCount, [...edges]);
    const shuffled = [...edges]
      .map((edge, i) => ({ edge, key: (i * 7919 + seed) % 104729 }))
      .sort((x, y) => x.key - y.key)
      .map(({ edge: [a, b, w] }, i) => ((i + seed) % 2 === 0 ? [b, a, w] : [a, b, w]) as Edge);
    expectTotal(mstWeight(nodeCount, shuffled), expected);
  });

  it.prop([graphs])('does not modify its input', ({ nodeCount, edges }) => {
    const before = structuredClone(edges);
    for (const edge of edges) Object.freeze(edge);
    mstWeight(nodeCount, Object.freeze(edges));
    expect(edges).toEqual(before);
  });
});
