import { describe, expect } from 'vitest';
import { mergeIntervals } from './merge-intervals.ts';
import { deepFreeze, fc, it } from '#kit/testing';

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

// Small integer endpoints make overlaps, touching ends, nesting and duplicates all common.
const interval = fc
  .tuple(fc.integer({ min: -10, max: 10 }), fc.nat({ max: 6 }))
  .map(([start, length]): Interval => [start, start + length]);
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
  });
  it('returns one interval unchanged and nothing for nothing', () => {
    expect(mergeIntervals([[4, 7]])).toEqual([[4, 7]]);
    expect(mergeIntervals([])).toEqual([]);
  });
});

describe('mergeIntervals properties', () => {
  it.prop([intervals])('agrees with merging overlapping pairs until none are left', (input) => {
    expect(mergeIntervals(input)).toEqual(mergeByPairs(input));
  });

  it.prop([intervals])('returns sorted intervals with gaps between them that cover exactly the input points', (input) => {
    const merged = mergeIntervals(input);
    merged.forEach(([s, e], k) => {
      expect(s, `interval ${k} has start <= end`).toBeLessThanOrEqual(e);
      if (k > 0) expect(s, `interval ${k} starts after a gap`).toBeGreaterThan(merged[k - 1]![1]);
    });
    // Integer endpoints: checking every half-integer point sees every gap and every overlap.
    const points = Array.from({ length: 60 }, (_, k) => -11 + k / 2);
    const mismatch = points.find((x) => covers(merged, x) !== covers(input, x));
    expect(mismatch, 'a point covered by the input or by the result but not both').toBeUndefined();
  });

  it.prop([intervals.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length })))])(
    'gives the same answer whatever the input order',
    ([input, shuffled]) => {
      expect(mergeIntervals(shuffled)).toEqual(mergeIntervals(input));
    },
  );

  it.prop([intervals])('does not modify its input', (input) => {
    const before = input.map(([s, e]) => [s, e]);
    mergeIntervals(deepFreeze(input));
    expect(input).toEqual(before);
  });
});
