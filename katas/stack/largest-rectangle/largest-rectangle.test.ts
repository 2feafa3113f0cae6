import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
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

// Low bars make equal heights, zeros and wide rectangles common.
const heights = fc.array(fc.nat({ max: 6 }), { maxLength: 30 });

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
  });
});

describe('largestRectangle properties', () => {
  it.prop([heights])('agrees with trying every run of consecutive bars', (hs) => {
    expect(largestRectangle(hs)).toBe(bestOverAllRuns(hs));
  });

  it.prop([fc.integer({ min: 1, max: 40 }), fc.nat({ max: 1000 })])(
    'equal bars give width times height',
    (n, h) => {
      expect(largestRectangle(Array.from({ length: n }, () => h))).toBe(n * h);
    },
  );

  it.prop([heights, heights])(
    'a zero bar between two histograms gives the larger of their answers',
    (left, right) => {
      const expected = Math.max(bestOverAllRuns(left), bestOverAllRuns(right));
      expect(largestRectangle([...left, 0, ...right])).toBe(expected);
    },
  );

  it.prop([heights])('reading the histogram backwards gives the same answer', (hs) => {
    expect(largestRectangle([...hs].reverse())).toBe(largestRectangle(hs));
  });

  it.prop([heights])('does not modify its input', (hs) => {
    const before = [...hs];
    largestRectangle(Object.freeze(hs) as readonly number[]);
    expect(hs).toEqual(before);
  });
});
