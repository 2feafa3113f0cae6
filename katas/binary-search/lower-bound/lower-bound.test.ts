import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { lowerBound } from './lower-bound.ts';

/** Independent oracle: the first index whose value reaches the target, else the length. */
function firstAtLeast(sorted: readonly number[], target: number): number {
  const i = sorted.findIndex((v) => v >= target);
  return i === -1 ? sorted.length : i;
}

/** Non-decreasing arrays of few distinct values, so long runs of duplicates are common. */
const nonDecreasing = (min: number, max: number, maxLength: number) =>
  fc.array(fc.integer({ min, max }), { maxLength }).map((xs) => xs.sort((a, b) => a - b));
const smallSorted = nonDecreasing(-8, 8, 40);

const example = [1, 3, 3, 3, 7];

describe('lowerBound examples', () => {
  it('returns the first of several equal values', () => {
    expect(lowerBound(example, 3)).toBe(1);
  });
  it('returns the next larger value for an absent target', () => {
    expect(lowerBound(example, 4)).toBe(4);
  });
  it('returns 0 for a target at or below the first value', () => {
    expect(lowerBound(example, 0), 'below').toBe(0);
    expect(lowerBound(example, 1), 'equal to the first').toBe(0);
  });
  it('returns the last index for a target equal to the last value', () => {
    expect(lowerBound(example, 7)).toBe(4);
  });
  it('returns the length for a target above every value', () => {
    expect(lowerBound(example, 8)).toBe(5);
  });
  it('returns 0 when every value equals the target', () => {
    expect(lowerBound([2, 2, 2], 2)).toBe(0);
  });
  it('returns 0 for an empty array', () => {
    expect(lowerBound([], 5)).toBe(0);
  });
  it('handles negative values', () => {
    expect(lowerBound([-4, -2], -3)).toBe(1);
  });
  it('handles a single element', () => {
    expect(lowerBound([5], 4)).toBe(0);
    expect(lowerBound([5], 5)).toBe(0);
    expect(lowerBound([5], 6)).toBe(1);
  });
  it('finds the first copy inside a long run of duplicates', () => {
    const sorted = [...Array<number>(500).fill(1), ...Array<number>(700).fill(2), ...Array<number>(300).fill(3)];
    expect(lowerBound(sorted, 2)).toBe(500);
    expect(lowerBound(sorted, 3)).toBe(1200);
    expect(lowerBound(sorted, 4)).toBe(1500);
  });
});

describe('lowerBound properties', () => {
  it.prop([smallSorted, fc.integer({ min: -10, max: 10 })])(
    'returns the first index whose value is >= the target, or the length',
    (sorted, target) => {
      expect(lowerBound(sorted, target)).toBe(firstAtLeast(sorted, target));
    },
  );

  it.prop([nonDecreasing(-1_000_000, 1_000_000, 300), fc.integer({ min: -1_100_000, max: 1_100_000 })])(
    'satisfies the defining conditions on longer arrays of spread values',
    (sorted, target) => {
      const i = lowerBound(sorted, target);
      expect(Number.isInteger(i) && i >= 0 && i <= sorted.length, `the result ${i} must be an integer in 0..${sorted.length}`).toBe(true);
      if (i < sorted.length) expect(sorted[i]!, `sorted[${i}] reaches the target`).toBeGreaterThanOrEqual(target);
      if (i > 0) expect(sorted[i - 1]!, `sorted[${i - 1}] is below the target`).toBeLessThan(target);
    },
  );

  it.prop([nonDecreasing(-5, 5, 200).filter((xs) => xs.length > 0), fc.nat()])(
    'points at the first copy of a value taken from the array',
    (sorted, seed) => {
      const target = sorted[seed % sorted.length]!;
      expect(lowerBound(sorted, target)).toBe(sorted.indexOf(target));
    },
  );

  it.prop([smallSorted, fc.integer({ min: -10, max: 10 })])('does not modify its input', (sorted, target) => {
    const before = [...sorted];
    lowerBound(Object.freeze(sorted) as readonly number[], target);
    expect(sorted).toEqual(before);
  });
});
