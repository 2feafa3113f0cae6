import { describe, expect } from 'vitest';
import { intersectIntervals } from './interval-intersections.ts';
import { deepFreeze, fc, it } from '#kit/testing';

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
 * A sorted, pairwise disjoint list: from a starting point, alternate a gap of at least 1 and an
 * interval of length 0 or more. Small numbers make touching ends and single points common.
 */
const sortedList = fc
  .tuple(fc.integer({ min: -10, max: 5 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.nat({ max: 5 })), { maxLength: 10 }))
  .map(([origin, steps]) => {
    const list: Interval[] = [];
    let at = origin;
    for (const [gap, length] of steps) {
      const start = at + gap;
      list.push([start, start + length]);
      at = start + length;
    }
    return list;
  });

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
  it('returns nothing when either list is empty', () => {
    expect(intersectIntervals([[1, 4]], [])).toEqual([]);
    expect(intersectIntervals([], [[1, 4]])).toEqual([]);
    expect(intersectIntervals([], [])).toEqual([]);
  });
});

describe('intersectIntervals properties', () => {
  it.prop([sortedList, sortedList])('agrees with intersecting every pair of intervals', (a, b) => {
    expect(intersectIntervals(a, b)).toEqual(allPairs(a, b));
  });

  it.prop([sortedList, sortedList])('does not depend on which list comes first', (a, b) => {
    expect(intersectIntervals(b, a)).toEqual(intersectIntervals(a, b));
  });

  it.prop([sortedList])('intersecting a list with itself gives the list back', (a) => {
    expect(intersectIntervals(a, a)).toEqual(a.map(([s, e]) => [s, e]));
  });

  it.prop([sortedList, sortedList])('returns sorted intervals inside both lists, none overlapping', (a, b) => {
    const result = intersectIntervals(a, b);
    const inside = (list: readonly Interval[], [s, e]: Interval) => list.some(([ls, le]) => ls <= s && e <= le);
    result.forEach((r, k) => {
      expect(r[0], `interval ${k} has start <= end`).toBeLessThanOrEqual(r[1]);
      expect(inside(a, r) && inside(b, r), `[${r}] lies inside an interval of each list`).toBe(true);
      if (k > 0) expect(r[0], `interval ${k} starts after the previous one ends`).toBeGreaterThan(result[k - 1]![1]);
    });
  });

  it.prop([sortedList, sortedList])('does not modify its inputs', (a, b) => {
    const before = [a.map(([s, e]) => [s, e]), b.map(([s, e]) => [s, e])];
    intersectIntervals(deepFreeze(a), deepFreeze(b));
    expect([a, b]).toEqual(before);
  });
});
