import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { lowerBound } from './lower-bound.ts';

/** Independent oracle: the first index whose value reaches the target, else the length. */
function firstAtLeast(sorted: readonly number[], target: number): number {
  const i = sorted.findIndex((v) => v >= target);
  return i === -1 ? sorted.length : i;
}

/**
 * Non-decreasing arrays from the whole domain (fractions, -0, values past 2^31, huge magnitudes).
 * Small values stay common, so runs of duplicates happen and targets often meet them.
 */
const nonDecreasing = (maxLength: number) =>
  fc.array(numbersOf(meta.domain.sorted), { maxLength }).map((xs) => xs.sort((a, b) => a - b));
const smallSorted = nonDecreasing(40);
const targets = numbersOf(meta.domain.target);

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
  it('tells apart fractions and values past 2^31', () => {
    expect(lowerBound([0, 0.5, 2 ** 31, 2 ** 32], 0.25)).toBe(1);
    expect(lowerBound([0, 0.5, 2 ** 31, 2 ** 32], 2 ** 31 + 1)).toBe(3);
    expect(lowerBound([0, 0.5, 2 ** 31, 2 ** 32], 2 ** 32 + 1)).toBe(4);
  });
  it('counts -0 and 0 as equal', () => {
    expect(lowerBound([-1, 0, -0, 1], -0)).toBe(1);
    expect(lowerBound([-1, -0, 0, 1], 0)).toBe(1);
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
  it.prop([smallSorted, targets])(
    'returns the first index whose value is >= the target, or the length',
    (sorted, target) => {
      expect(lowerBound(sorted, target)).toBe(firstAtLeast(sorted, target));
    },
  );

  it.prop([nonDecreasing(300), targets])(
    'satisfies the defining conditions on longer arrays',
    (sorted, target) => {
      const i = lowerBound(sorted, target);
      expect(Number.isInteger(i) && i >= 0 && i <= sorted.length, `the result ${i} must be an integer in 0..${sorted.length}`).toBe(true);
      if (i < sorted.length) expect(sorted[i]!, `sorted[${i}] reaches the target`).toBeGreaterThanOrEqual(target);
      if (i > 0) expect(sorted[i - 1]!, `sorted[${i - 1}] is below the target`).toBeLessThan(target);
    },
  );

  it.prop([nonDecreasing(200).filter((xs) => xs.length > 0), fc.nat()])(
    'points at the first copy of a value taken from the array',
    (sorted, seed) => {
      const target = sorted[seed % sorted.length]!;
      expect(lowerBound(sorted, target)).toBe(sorted.indexOf(target));
    },
  );

  it.prop([smallSorted, targets])('does not modify its input', (sorted, target) => {
    const before = [...sorted];
    lowerBound(Object.freeze(sorted) as readonly number[], target);
    expect(sorted).toEqual(before);
  });
});
