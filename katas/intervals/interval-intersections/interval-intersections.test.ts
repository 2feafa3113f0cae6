import { describe, expect } from 'vitest';
import { intersectIntervals } from './interval-intersections.ts';
import { deepFreeze, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import type { DomainSpec } from '#kit';
import meta from './meta.ts';

type Interval = readonly [number, number];

/** Independent oracle: intersect every pair, keep the non-empty ones, sort by start. */
function allPairs(a: readonly Interval[], b: readonly Interval[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      const start = Math.max(s1, s2);
      const end = Math.min(e1, e2);
      if (start <= end) out.push([start, end]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * A sorted, pairwise disjoint list over the whole domain (fractions, -0, values past 2^31 and
 * near the largest double): distinct endpoints in increasing order (-0 and 0 count as one),
 * taken one at a time (a single point) or two at a time (an interval). Small values stay common,
 * so the two lists share endpoints, touch and nest often.
 */
function sortedList(spec: DomainSpec | undefined): fc.Arbitrary<Interval[]> {
  return fc
    .tuple(fc.uniqueArray(numbersOf(spec), { maxLength: 20, comparator: 'SameValueZero' }), fc.array(fc.nat({ max: 3 }), { minLength: 20, maxLength: 20 }))
    .map(([values, kinds]) => {
      const ends = [...values].sort((x, y) => x - y);
      const list: Interval[] = [];
      for (let i = 0, k = 0; i < ends.length; k++) {
        if (kinds[k] === 0 || i + 1 === ends.length) {
          list.push([ends[i]!, ends[i]!]);
          i += 1;
        } else {
          list.push([ends[i]!, ends[i + 1]!]);
          i += 2;
        }
      }
      return list;
    });
}
const listA = sortedList(meta.domain['a[i]']);
const listB = sortedList(meta.domain['b[i]']);

describe('intersectIntervals examples', () => {
  it('finds every intersection, single points included', () => {
    expect(
      intersectIntervals(
        [[0, 2], [5, 10], [13, 23], [24, 25]],
        [[1, 5], [8, 12], [15, 24], [25, 26]],
      ),
    ).toEqual([[1, 2], [5, 5], [8, 10], [15, 23], [24, 24], [25, 25]]);
  });
  it('lets one long interval meet several intervals of the other list', () => {
    expect(intersectIntervals([[0, 10]], [[2, 3], [5, 7]])).toEqual([[2, 3], [5, 7]]);
    expect(intersectIntervals([[2, 3], [5, 7]], [[0, 10]])).toEqual([[2, 3], [5, 7]]);
  });
  it('gives a single point for intervals that share only an endpoint', () => {
    expect(intersectIntervals([[1, 3]], [[3, 5]])).toEqual([[3, 3]]);
  });
  it('gives nothing for intervals that do not meet', () => {
    expect(intersectIntervals([[1, 2]], [[3, 4]])).toEqual([]);
  });
  it('handles single-point intervals', () => {
    expect(intersectIntervals([[3, 3]], [[1, 5]])).toEqual([[3, 3]]);
    expect(intersectIntervals([[3, 3]], [[3, 3]])).toEqual([[3, 3]]);
  });
  it('handles negative endpoints', () => {
    expect(intersectIntervals([[-4, -1], [2, 6]], [[-2, 3]])).toEqual([[-2, -1], [2, 3]]);
  });
  it('handles fractional endpoints and endpoints past 32 bits', () => {
    expect(intersectIntervals([[0.5, 2.5]], [[2, 10]])).toEqual([[2, 2.5]]);
    expect(intersectIntervals([[0.25, 0.5], [0.75, 1]], [[0.5, 0.75]])).toEqual([[0.5, 0.5], [0.75, 0.75]]);
    expect(intersectIntervals([[2, 9], [10, 2 ** 31]], [[-(2 ** 32), 2 ** 53 - 1]])).toEqual([[2, 9], [10, 2 ** 31]]);
    expect(intersectIntervals([[-Number.MAX_VALUE, -1e300], [1e300, Number.MAX_VALUE]], [[-1e308, 1e308]])).toEqual([[-1e308, -1e300], [1e300, 1e308]]);
  });
  it('treats -0 and 0 as the same point', () => {
    expect(normaliseZeros(intersectIntervals([[-1, -0]], [[0, 1]]))).toEqual([[0, 0]]);
  });
  it('returns nothing when either list is empty', () => {
    expect(intersectIntervals([[1, 4]], [])).toEqual([]);
    expect(intersectIntervals([], [[1, 4]])).toEqual([]);
    expect(intersectIntervals([], [])).toEqual([]);
  });
});

describe('intersectIntervals properties', () => {
  // The contract leaves the sign of a zero endpoint open (-0 and 0 are one point): compare without it.
  it.prop([listA, listB])('agrees with intersecting every pair of intervals', (a, b) => {
    expect(normaliseZeros(intersectIntervals(a, b))).toEqual(normaliseZeros(allPairs(a, b)));
  });

  it.prop([listA, listB])('does not depend on which list comes first', (a, b) => {
    expect(normaliseZeros(intersectIntervals(b, a))).toEqual(normaliseZeros(intersectIntervals(a, b)));
  });

  it.prop([listA])('intersecting a list with itself gives the list back', (a) => {
    expect(normaliseZeros(intersectIntervals(a, a))).toEqual(normaliseZeros(a.map(([s, e]) => [s, e])));
  });

  it.prop([listA, listB])('returns sorted intervals inside both lists, none overlapping', (a, b) => {
    const result = intersectIntervals(a, b);
    const inside = (list: readonly Interval[], [s, e]: Interval) => list.some(([ls, le]) => ls <= s && e <= le);
    result.forEach((r, k) => {
      expect(r[0], `interval ${k} has start <= end`).toBeLessThanOrEqual(r[1]);
      expect(inside(a, r) && inside(b, r), `[${r}] lies inside an interval of each list`).toBe(true);
      if (k > 0) expect(r[0], `interval ${k} starts after the previous one ends`).toBeGreaterThan(result[k - 1]![1]);
    });
  });

  it.prop([listA, listB])('does not modify its inputs', (a, b) => {
    const before = [a.map(([s, e]) => [s, e]), b.map(([s, e]) => [s, e])];
    intersectIntervals(deepFreeze(a), deepFreeze(b));
    expect([a, b]).toEqual(before);
  });
});
