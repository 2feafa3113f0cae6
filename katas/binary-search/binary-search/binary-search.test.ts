import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { binarySearch } from './binary-search.ts';

/**
 * Strictly ascending arrays from the whole domain (fractions, values past 2^31, huge magnitudes);
 * -0 and 0 count as one value. Small values stay common in arrays and targets, so targets hit
 * and miss often.
 */
const ascending = (maxLength: number) =>
  fc.uniqueArray(numbersOf(meta.domain.sorted), { maxLength, comparator: 'SameValueZero' }).map((xs) => xs.sort((a, b) => a - b));
const smallSorted = ascending(40);
const targets = numbersOf(meta.domain.target);

const example = [-1, 0, 3, 5, 9, 12];

describe('binarySearch examples', () => {
  it('finds a value in the middle', () => {
    expect(binarySearch(example, 9)).toBe(4);
  });
  it('finds the first and the last element', () => {
    expect(binarySearch(example, -1), 'first').toBe(0);
    expect(binarySearch(example, 12), 'last').toBe(5);
  });
  it('returns -1 for a value between two elements', () => {
    expect(binarySearch(example, 2)).toBe(-1);
  });
  it('returns -1 for values below the first and above the last element', () => {
    expect(binarySearch(example, -5), 'below').toBe(-1);
    expect(binarySearch(example, 13), 'above').toBe(-1);
  });
  it('handles a single element, present or not', () => {
    expect(binarySearch([7], 7)).toBe(0);
    expect(binarySearch([7], 3)).toBe(-1);
    expect(binarySearch([7], 8)).toBe(-1);
  });
  it('handles two elements', () => {
    expect(binarySearch([1, 2], 1)).toBe(0);
    expect(binarySearch([1, 2], 2)).toBe(1);
    expect(binarySearch([1, 2], 3)).toBe(-1);
  });
  it('tells apart fractions and values past 2^31', () => {
    expect(binarySearch([0, 0.5, 2 ** 31, 2 ** 32], 0.25), 'a fraction between two values').toBe(-1);
    expect(binarySearch([0, 0.5, 2 ** 31, 2 ** 32], 0.5)).toBe(1);
    expect(binarySearch([0, 0.5, 2 ** 31, 2 ** 32], 2 ** 32)).toBe(3);
    expect(binarySearch([0, 0.5, 2 ** 31, 2 ** 32], 2 ** 31 + 1), 'next to a value past 2^31').toBe(-1);
  });
  it('finds 0 for a target of -0', () => {
    expect(binarySearch([-1, 0, 1], -0)).toBe(1);
  });
  it('returns -1 for an empty array', () => {
    expect(binarySearch([], 0)).toBe(-1);
  });
  it('finds every element of a 300-element array, and misses every gap', () => {
    const sorted = Array.from({ length: 300 }, (_, i) => 2 * i - 100);
    expect(sorted.map((v) => binarySearch(sorted, v)), 'index of each element').toEqual(sorted.map((_, i) => i));
    expect(sorted.map((v) => binarySearch(sorted, v + 1)), 'each odd value is absent').toEqual(sorted.map(() => -1));
  });
});

describe('binarySearch properties', () => {
  it.prop([smallSorted, targets])(
    'returns the index of the target when present and -1 when absent',
    (sorted, target) => {
      expect(binarySearch(sorted, target)).toBe(sorted.indexOf(target));
    },
  );

  it.prop([ascending(300).filter((xs) => xs.length > 0), fc.nat()])(
    'finds a value planted at any position of a longer array',
    (sorted, seed) => {
      const i = seed % sorted.length;
      expect(binarySearch(sorted, sorted[i]!), `sorted[${i}]`).toBe(i);
    },
  );

  it.prop([smallSorted, targets])('does not modify its input', (sorted, target) => {
    const before = [...sorted];
    binarySearch(Object.freeze(sorted) as readonly number[], target);
    expect(sorted).toEqual(before);
  });
});
