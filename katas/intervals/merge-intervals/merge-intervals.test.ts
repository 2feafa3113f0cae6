import { describe, expect } from 'vitest';
import { mergeIntervals } from './merge-intervals.ts';
import { deepFreeze, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

type Interval = readonly [number, number];

/**
 * Independent oracle: repeatedly merge any two intervals that share a point, until no pair does;
 * then sort. Quadratic or worse, fine for a few dozen intervals.
 */
function mergeByPairs(intervals: readonly Interval[]): [number, number][] {
  const list: [number, number][] = intervals.map(([s, e]) => [s, e]);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < list.length && !changed; i++) {
      for (let j = i + 1; j < list.length && !changed; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a[0] <= b[1] && b[0] <= a[1]) {
          list[i] = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
          list.splice(j, 1);
          changed = true;
        }
      }
    }
  }
  return list.sort((x, y) => x[0] - y[0]);
}

/** Is the point x inside some interval of the list? */
function covers(intervals: readonly Interval[], x: number): boolean {
  return intervals.some(([s, e]) => s <= x && x <= e);
}

/**
 * Points that see every gap and every overlap of a set of intervals: every endpoint, a point
 * between each two consecutive endpoints (when the doubles leave one), and both infinities.
 * Halves are added, not the difference, so that huge endpoints of opposite signs do not overflow.
 */
function probePoints(intervals: readonly Interval[]): number[] {
  // A Set counts -0 and 0 once, as the comparisons do.
  const ends = [...new Set(intervals.flat())].sort((x, y) => x - y);
  const points = [-Infinity, ...ends, Infinity];
  for (let k = 0; k + 1 < ends.length; k++) {
    const [x, y] = [ends[k]!, ends[k + 1]!];
    const middle = x / 2 + y / 2;
    if (x < middle && middle < y) points.push(middle);
  }
  return points;
}

// Endpoints from the whole domain (fractions, -0, values past 2^31 and near the largest double),
// small values common; intervals from a point with a short length keep overlaps, touching ends,
// nesting and duplicates common.
const endpoint = numbersOf(meta.domain['intervals[i]']);
const interval = fc.oneof(
  fc.tuple(endpoint, endpoint).map(([x, y]): Interval => (x <= y ? [x, y] : [y, x])),
  fc.tuple(endpoint, fc.nat({ max: 6 })).map(([start, length]): Interval => [start, start + length]),
);
const intervals = fc.array(interval, { maxLength: 25 });

describe('mergeIntervals examples', () => {
  it('merges overlapping intervals and keeps separate ones', () => {
    expect(mergeIntervals([[1, 3], [2, 6], [8, 10], [15, 18]])).toEqual([[1, 6], [8, 10], [15, 18]]);
  });
  it('merges intervals that only touch at an endpoint', () => {
    expect(mergeIntervals([[1, 4], [4, 5]])).toEqual([[1, 5]]);
  });
  it('keeps intervals separated by a gap apart', () => {
    expect(mergeIntervals([[1, 2], [3, 4]])).toEqual([[1, 2], [3, 4]]);
  });
  it('accepts the input in any order and sorts the result by start', () => {
    expect(mergeIntervals([[8, 10], [1, 3], [2, 6]])).toEqual([[1, 6], [8, 10]]);
    expect(mergeIntervals([[5, 6], [1, 2]])).toEqual([[1, 2], [5, 6]]);
  });
  it('absorbs intervals nested inside another one', () => {
    expect(mergeIntervals([[1, 10], [2, 3], [4, 5]])).toEqual([[1, 10]]);
  });
  it('merges transitively through a bridging interval', () => {
    expect(mergeIntervals([[1, 2], [4, 5], [2, 4]])).toEqual([[1, 5]]);
  });
  it('handles single points and duplicates', () => {
    expect(mergeIntervals([[5, 5], [5, 5]])).toEqual([[5, 5]]);
    expect(mergeIntervals([[1, 3], [3, 3]])).toEqual([[1, 3]]);
  });
  it('handles negative and fractional endpoints', () => {
    expect(mergeIntervals([[-5, -1], [-2, 0]])).toEqual([[-5, 0]]);
    expect(mergeIntervals([[0.5, 1.5], [1.5, 2]])).toEqual([[0.5, 2]]);
    expect(mergeIntervals([[0.25, 0.5], [0.75, 1]])).toEqual([[0.25, 0.5], [0.75, 1]]);
  });
  it('sorts starts as numbers, not as text', () => {
    expect(mergeIntervals([[10, 12], [2, 3], [9, 11]])).toEqual([[2, 3], [9, 12]]);
  });
  it('keeps endpoints past 32 bits exactly', () => {
    expect(mergeIntervals([[2 ** 32, 2 ** 53 - 1], [2 ** 31, 2 ** 32]])).toEqual([[2 ** 31, 2 ** 53 - 1]]);
    expect(mergeIntervals([[-1e300, 1e300], [1e300, Number.MAX_VALUE]])).toEqual([[-1e300, Number.MAX_VALUE]]);
  });
  it('treats -0 and 0 as the same point', () => {
    expect(normaliseZeros(mergeIntervals([[-1, -0], [0, 1]]))).toEqual([[-1, 1]]);
  });
  it('returns one interval unchanged and nothing for nothing', () => {
    expect(mergeIntervals([[4, 7]])).toEqual([[4, 7]]);
    expect(mergeIntervals([])).toEqual([]);
  });
});

describe('mergeIntervals properties', () => {
  // The contract leaves the sign of a zero endpoint open (-0 and 0 are one point): compare without it.
  it.prop([intervals])('agrees with merging overlapping pairs until none are left', (input) => {
    expect(normaliseZeros(mergeIntervals(input))).toEqual(normaliseZeros(mergeByPairs(input)));
  });

  it.prop([intervals])('returns sorted intervals with gaps between them that cover exactly the input points', (input) => {
    const merged = mergeIntervals(input);
    merged.forEach(([s, e], k) => {
      expect(s, `interval ${k} has start <= end`).toBeLessThanOrEqual(e);
      if (k > 0) expect(s, `interval ${k} starts after a gap`).toBeGreaterThan(merged[k - 1]![1]);
    });
    const points = probePoints(input);
    const mismatch = points.find((x) => covers(merged, x) !== covers(input, x));
    expect(mismatch, 'a point covered by the input or by the result but not both').toBeUndefined();
  });

  it.prop([intervals.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length })))])(
    'gives the same answer whatever the input order',
    ([input, shuffled]) => {
      expect(normaliseZeros(mergeIntervals(shuffled))).toEqual(normaliseZeros(mergeIntervals(input)));
    },
  );

  it.prop([intervals])('does not modify its input', (input) => {
    const before = input.map(([s, e]) => [s, e]);
    mergeIntervals(deepFreeze(input));
    expect(input).toEqual(before);
  });
});
