import { describe, expect } from 'vitest';
import { fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { largestRectangle } from './largest-rectangle.ts';

/** Independent oracle: every run l..r, keeping the running minimum as r grows. */
function bestOverAllRuns(heights: readonly number[]): number {
  let best = 0;
  for (let l = 0; l < heights.length; l++) {
    let low = Infinity;
    for (let r = l; r < heights.length; r++) {
      low = Math.min(low, heights[r]!);
      best = Math.max(best, low * (r - l + 1));
    }
  }
  return best;
}

const MAX = Number.MAX_SAFE_INTEGER;

/** The README's constraint, checked exactly with bigints: the area of every run is a safe integer. */
function everyAreaSafe(heights: readonly number[]): boolean {
  for (let l = 0; l < heights.length; l++) {
    let low = Infinity;
    for (let r = l; r < heights.length; r++) {
      low = Math.min(low, heights[r]!);
      if (BigInt(low) * BigInt(r - l + 1) > BigInt(MAX)) return false;
    }
  }
  return true;
}

/**
 * Histograms from the whole domain (bars past 2^31 and 2^32 included; small bars stay common, so
 * equal heights, zeros and wide rectangles happen) that respect the constraint: up to 30 bars of
 * height at most MAX / length, or short histograms of any heights whose areas are all safe.
 */
const heights = fc.oneof(
  fc.integer({ min: 0, max: 30 }).chain((n) =>
    fc.array(numbersOf(meta.domain.heights, { max: Math.floor(MAX / Math.max(n, 1)) }), { minLength: n, maxLength: n }),
  ),
  fc.array(numbersOf(meta.domain.heights), { maxLength: 8 }).filter(everyAreaSafe),
);

/** The answer with a -0 area read as 0: the contract does not decide the sign of a zero area. */
function largest(heights: readonly number[]): number {
  return normaliseZeros(largestRectangle(heights));
}

describe('largestRectangle examples', () => {
  it('finds the classic answer', () => {
    expect(largestRectangle([2, 1, 5, 6, 2, 3])).toBe(10);
    expect(largestRectangle([6, 2, 5, 4, 5, 1, 6])).toBe(12);
  });
  it('takes a single tall bar when it beats every wider rectangle', () => {
    expect(largestRectangle([2, 4])).toBe(4);
    expect(largestRectangle([1, 8, 1])).toBe(8);
  });
  it('extends a low rectangle to the left over taller bars', () => {
    expect(largestRectangle([2, 1, 2])).toBe(3);
    expect(largestRectangle([3, 1, 3, 2, 2])).toBe(6);
  });
  it('uses the whole histogram when all bars are equal', () => {
    expect(largestRectangle([1, 1, 1, 1])).toBe(4);
  });
  it('handles ascending and descending heights', () => {
    expect(largestRectangle([1, 2, 3, 4, 5])).toBe(9);
    expect(largestRectangle([5, 4, 3, 2, 1])).toBe(9);
  });
  it('lets a zero-height bar split the histogram', () => {
    expect(largestRectangle([3, 3, 0, 3, 3])).toBe(6);
    expect(largestRectangle([0, 0])).toBe(0);
  });
  it('returns the bar itself for one bar and 0 for none', () => {
    expect(largestRectangle([5])).toBe(5);
    expect(largestRectangle([0])).toBe(0);
    expect(largestRectangle([])).toBe(0);
  });
  it('handles large heights exactly', () => {
    expect(largestRectangle([1_000_000_000, 1_000_000_000, 999_999_999])).toBe(2_999_999_997);
    expect(largestRectangle([2 ** 31, 2 ** 31 + 1])).toBe(2 ** 32);
    expect(largestRectangle([1, 2 ** 53 - 1, 1])).toBe(2 ** 53 - 1);
  });
});

describe('largestRectangle properties', () => {
  it.prop([heights])('agrees with trying every run of consecutive bars', (hs) => {
    expect(largest(hs)).toBe(bestOverAllRuns(hs));
  });

  it.prop([fc.integer({ min: 1, max: 40 }), numbersOf(meta.domain.heights, { max: Math.floor(MAX / 40) })])(
    'equal bars give width times height',
    (n, h) => {
      expect(largest(Array.from({ length: n }, () => h))).toBe(normaliseZeros(n * h));
    },
  );

  it.prop([heights, numbersOf(meta.domain.heights), heights])(
    'a bar of any height between two zero bars is a rectangle of its own',
    (left, h, right) => {
      const expected = Math.max(bestOverAllRuns(left), h, bestOverAllRuns(right));
      expect(largest([...left, 0, h, 0, ...right])).toBe(normaliseZeros(expected));
    },
  );

  it.prop([heights, heights])(
    'a zero bar between two histograms gives the larger of their answers',
    (left, right) => {
      const expected = Math.max(bestOverAllRuns(left), bestOverAllRuns(right));
      expect(largest([...left, 0, ...right])).toBe(expected);
    },
  );

  it.prop([heights])('reading the histogram backwards gives the same answer', (hs) => {
    expect(largest([...hs].reverse())).toBe(largest(hs));
  });

  it.prop([heights])('does not modify its input', (hs) => {
    const before = [...hs];
    largestRectangle(Object.freeze(hs) as readonly number[]);
    expect(hs).toEqual(before);
  });
});
