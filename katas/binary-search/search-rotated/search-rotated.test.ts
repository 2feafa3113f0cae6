import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { searchRotated } from './search-rotated.ts';

/** An ascending array of distinct values, rotated left by `shift` (any shift, 0 included). */
function rotate(sorted: readonly number[], shift: number): number[] {
  if (sorted.length === 0) return [];
  const k = shift % sorted.length;
  return [...sorted.slice(k), ...sorted.slice(0, k)];
}

/**
 * Rotated ascending arrays of distinct values from the whole domain (fractions, values past 2^31,
 * huge magnitudes); -0 and 0 count as one value. Small values stay common in arrays and targets,
 * so targets hit and miss often.
 */
const rotated = (maxLength: number) =>
  fc
    .tuple(fc.uniqueArray(numbersOf(meta.domain.nums), { maxLength, comparator: 'SameValueZero' }), fc.nat())
    .map(([xs, shift]) => rotate(xs.sort((a, b) => a - b), shift));
const smallRotated = rotated(25);
const targets = numbersOf(meta.domain.target);

const example = [4, 5, 6, 7, 0, 1, 2];

describe('searchRotated examples', () => {
  it('finds a value in the rotated-in (right) part', () => {
    expect(searchRotated(example, 0)).toBe(4);
  });
  it('finds a value in the left part', () => {
    expect(searchRotated(example, 5)).toBe(1);
  });
  it('finds the values at both ends and on both sides of the rotation point', () => {
    expect(searchRotated(example, 4), 'first').toBe(0);
    expect(searchRotated(example, 7), 'just before the drop').toBe(3);
    expect(searchRotated(example, 2), 'last').toBe(6);
  });
  it('returns -1 for an absent value inside the range, and outside it', () => {
    expect(searchRotated(example, 3)).toBe(-1);
    expect(searchRotated(example, 8)).toBe(-1);
    expect(searchRotated(example, -1)).toBe(-1);
  });
  it('works on an array that is not rotated at all', () => {
    expect(searchRotated([1, 2, 3, 4], 4)).toBe(3);
    expect(searchRotated([1, 2, 3, 4], 1)).toBe(0);
  });
  it('works on an array rotated by one', () => {
    expect(searchRotated([4, 1, 2, 3], 4)).toBe(0);
    expect(searchRotated([4, 1, 2, 3], 3)).toBe(3);
    expect(searchRotated([2, 3, 4, 1], 1)).toBe(3);
  });
  it('handles two elements in both orders', () => {
    expect(searchRotated([2, 1], 1)).toBe(1);
    expect(searchRotated([2, 1], 2)).toBe(0);
    expect(searchRotated([1, 2], 2)).toBe(1);
    expect(searchRotated([3, 1], 2)).toBe(-1);
  });
  it('handles a single element, present or not', () => {
    expect(searchRotated([9], 9)).toBe(0);
    expect(searchRotated([9], 1)).toBe(-1);
  });
  it('tells apart fractions and values past 2^31', () => {
    expect(searchRotated([2 ** 31, 2 ** 32, 0, 0.5], 0.5)).toBe(3);
    expect(searchRotated([2 ** 31, 2 ** 32, 0, 0.5], 0.25), 'a fraction between two values').toBe(-1);
    expect(searchRotated([2 ** 31, 2 ** 32, 0, 0.5], 2 ** 32)).toBe(1);
    expect(searchRotated([2 ** 31, 2 ** 32, 0, 0.5], 2 ** 31 + 1), 'next to a value past 2^31').toBe(-1);
  });
  it('finds 0 for a target of -0', () => {
    expect(searchRotated([1, -1, 0], -0)).toBe(2);
  });
  it('returns -1 for an empty array', () => {
    expect(searchRotated([], 1)).toBe(-1);
  });
  it('finds every value of a 40-element array under every rotation', () => {
    const sorted = Array.from({ length: 40 }, (_, i) => 3 * i - 30);
    const wrong: string[] = [];
    for (let shift = 0; shift < sorted.length; shift++) {
      const nums = rotate(sorted, shift);
      nums.forEach((v, i) => {
        const got = searchRotated(nums, v);
        if (got !== i) wrong.push(`rotation ${shift}: ${v} is at ${i}, got ${got}`);
      });
      const absent = searchRotated(nums, 1);
      if (absent !== -1) wrong.push(`rotation ${shift}: 1 is absent, got ${absent}`);
    }
    expect(wrong, 'wrong answers').toEqual([]);
  });
});

describe('searchRotated properties', () => {
  it.prop([smallRotated, targets])(
    'returns the index of the target when present and -1 when absent',
    (nums, target) => {
      expect(searchRotated(nums, target)).toBe(nums.indexOf(target));
    },
  );

  it.prop([rotated(300).filter((xs) => xs.length > 0), fc.nat()])(
    'finds a value planted at any position of a longer rotated array',
    (nums, seed) => {
      const i = seed % nums.length;
      expect(searchRotated(nums, nums[i]!), `nums[${i}]`).toBe(i);
    },
  );

  it.prop([smallRotated, targets])('does not modify its input', (nums, target) => {
    const before = [...nums];
    searchRotated(Object.freeze(nums) as readonly number[], target);
    expect(nums).toEqual(before);
  });
});
