import { describe, expect } from 'vitest';
import { topKLargest } from './top-k-largest.ts';
import { expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** Independent oracle: sort a copy descending and take the first k. */
function expected(nums: readonly number[], k: number): number[] {
  return [...nums].sort((a, b) => b - a).slice(0, k);
}

// The whole domain (fractions, -0, values past 2^31, huge magnitudes), with small values common so
// that duplicates happen; k ranges past the length on purpose.
const values = fc.array(numbersOf(meta.domain.nums), { maxLength: 60 });
const ks = fc.integer({ min: 0, max: 70 });

/** -0 and 0 are equal: compare with every -0 read as 0. */
function expectTopK(nums: readonly number[], k: number, want: readonly number[]): void {
  expect(normaliseZeros(topKLargest(nums, k))).toEqual(normaliseZeros(want));
}

describe('topKLargest examples', () => {
  it('returns the k largest values, descending', () => {
    expect(topKLargest([3, 1, 5, 12, 2, 11], 3)).toEqual([12, 11, 5]);
  });
  it('keeps duplicates of the largest value', () => {
    expect(topKLargest([5, 1, 5, 5, 2], 2)).toEqual([5, 5]);
  });
  it('returns everything, descending, when k exceeds the length', () => {
    expect(topKLargest([4, -1, 7], 5)).toEqual([7, 4, -1]);
  });
  it('returns everything when k equals the length', () => {
    expect(topKLargest([2, 9, 4], 3)).toEqual([9, 4, 2]);
  });
  it('handles negative values', () => {
    expect(topKLargest([-3, -1, -2], 1)).toEqual([-1]);
  });
  it('orders numbers numerically, not as strings', () => {
    expect(topKLargest([9, 10, 100, 2], 3)).toEqual([100, 10, 9]);
  });
  it('orders fractions and values past 2^31 exactly', () => {
    expect(topKLargest([0.5, 2 ** 31, 0.25, 2 ** 31 + 1, -(2 ** 53 - 1)], 4)).toEqual([2 ** 31 + 1, 2 ** 31, 0.5, 0.25]);
  });
  it('returns [] for k = 0', () => {
    expect(topKLargest([8, 9], 0)).toEqual([]);
  });
  it('returns [] for an empty array', () => {
    expect(topKLargest([], 3)).toEqual([]);
  });
  it('returns the single value of a one-element array', () => {
    expect(topKLargest([42], 1)).toEqual([42]);
  });
  it('throws RangeError for a negative k', () => {
    expectRangeError(() => topKLargest([1, 2], -1));
  });
  it('throws RangeError for a fractional, NaN or infinite k', () => {
    expectRangeError(() => topKLargest([1, 2], 1.5));
    expectRangeError(() => topKLargest([1, 2], Number.NaN));
    expectRangeError(() => topKLargest([1, 2], Number.POSITIVE_INFINITY));
  });
});

describe('topKLargest properties', () => {
  it.prop([values, ks])('equals the first k values of the array sorted descending', (nums, k) => {
    const want = expected(nums, k);
    expectTopK([...nums], k, want);
  });

  it.prop([fc.array(numbersOf(meta.domain.nums), { minLength: 1, maxLength: 200 }), fc.nat()])(
    'finds the top k of larger arrays',
    (nums, a) => {
      const k = a % (nums.length + 1);
      const want = expected(nums, k);
      expectTopK([...nums], k, want);
    },
  );

  it.prop([values, fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }))])(
    'throws RangeError whenever k is not a non-negative integer',
    (nums, k) => {
      expectRangeError(() => topKLargest(nums, k), `the error thrown for k = ${k}`);
    },
  );

  it.prop([values, ks])('does not modify its input', (nums, k) => {
    const before = [...nums];
    topKLargest(Object.freeze(nums) as readonly number[], k);
    expect(nums).toEqual(before);
  });
});
