import { describe, expect } from 'vitest';
import { slidingWindowMax } from './sliding-window-max.ts';
import { deepFreeze, expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** Independent oracle: the maximum of every window, by scanning it. */
function windowMaxima(nums: readonly number[], k: number): number[] {
  const result: number[] = [];
  for (let i = 0; i + k <= nums.length; i++) {
    let max = nums[i]!;
    for (let j = i + 1; j < i + k; j++) if (nums[j]! > max) max = nums[j]!;
    result.push(max);
  }
  return result;
}

// Few distinct values, so equal values inside one window are common; both signs, so a maximum
// is sometimes negative. The whole domain (fractions, -0, 2 against 10, values past 2^31 up to
// the largest double) makes the second family. k anywhere from 1 to n. Bad k values stay finite (an infinite k is only a
// too-long k), so a solution without a range check fails instead of looping forever.
const withK = (values: fc.Arbitrary<number>) =>
  fc
    .array(values, { minLength: 1, maxLength: 30 })
    .chain((nums) => fc.tuple(fc.constant(nums), fc.integer({ min: 1, max: nums.length })));
const numsAndK = withK(fc.integer({ min: -6, max: 6 }));
const wideNumsAndK = withK(numbersOf(meta.domain.nums));
const numsAndBadK = fc.array(fc.integer({ min: -6, max: 6 }), { maxLength: 30 }).chain((nums) =>
  fc.tuple(
    fc.constant(nums),
    fc.oneof(
      fc.integer({ min: -5, max: 0 }),
      fc.integer({ min: nums.length + 1, max: nums.length + 5 }),
      fc.tuple(fc.integer({ min: 0, max: nums.length }), fc.constantFrom(0.5, 0.25, 0.999)).map(([whole, part]) => whole + part),
      fc.constant(Number.NaN),
    ),
  ),
);

describe('slidingWindowMax examples', () => {
  it('reports the maximum of every window', () => {
    expect(slidingWindowMax([1, 3, -1, -3, 5, 3, 6, 7], 3)).toEqual([3, 3, 5, 5, 6, 7]);
  });
  it('lets each maximum leave as the window moves on (descending input)', () => {
    expect(slidingWindowMax([9, 8, 7, 6], 2)).toEqual([9, 8, 7]);
    expect(slidingWindowMax([5, 1, 1, 1], 2)).toEqual([5, 1, 1]);
  });
  it('includes the first window and the last one (ascending input)', () => {
    expect(slidingWindowMax([1, 2, 3, 4], 2)).toEqual([2, 3, 4]);
  });
  it('keeps an equal value as the maximum after its twin leaves', () => {
    expect(slidingWindowMax([2, 2, 1], 2)).toEqual([2, 2]);
    expect(slidingWindowMax([3, 1, 3, 1, 1], 2)).toEqual([3, 3, 3, 1]);
  });
  it('handles windows that are entirely negative', () => {
    expect(slidingWindowMax([-4, -2, -8], 2)).toEqual([-2, -2]);
  });
  it('compares numerically: fractions, 9 against 10, values past 2^31', () => {
    expect(slidingWindowMax([0.5, 10, 9, 2147483648.5], 2)).toEqual([10, 10, 2147483648.5]);
    expect(slidingWindowMax([-0.25, -0.5, 1e300, -1e300], 2)).toEqual([-0.25, 1e300, 1e300]);
  });
  it('returns the array itself for k = 1', () => {
    expect(slidingWindowMax([4, 1, 5], 1)).toEqual([4, 1, 5]);
  });
  it('returns one maximum for k = nums.length', () => {
    expect(slidingWindowMax([4, 1, 5], 3)).toEqual([5]);
    expect(slidingWindowMax([7], 1)).toEqual([7]);
  });
  it('throws RangeError for k = 0 or a k longer than nums', () => {
    expectRangeError(() => slidingWindowMax([1, 2], 0));
    expectRangeError(() => slidingWindowMax([1, 2], 3));
  });
  it('throws RangeError for a negative, fractional or NaN k', () => {
    expectRangeError(() => slidingWindowMax([1, 2], -1));
    expectRangeError(() => slidingWindowMax([1, 2], 1.5));
    expectRangeError(() => slidingWindowMax([1, 2], Number.NaN));
  });
  it('throws RangeError for an empty array', () => {
    expectRangeError(() => slidingWindowMax([], 1));
    expectRangeError(() => slidingWindowMax([], 0));
  });
});

describe('slidingWindowMax properties', () => {
  it.prop([numsAndK])('returns the maximum of each window, left to right (many equal values)', ([nums, k]) => {
    expect(slidingWindowMax(nums, k)).toEqual(windowMaxima(nums, k));
  });

  // normaliseZeros: in a window holding 0 and -0 either is its maximum.
  it.prop([wideNumsAndK])('returns the maximum of each window, left to right (the whole domain)', ([nums, k]) => {
    expect(normaliseZeros(slidingWindowMax(nums, k))).toEqual(normaliseZeros(windowMaxima(nums, k)));
  });

  it.prop([numsAndBadK])('throws RangeError unless k is an integer in [1, nums.length]', ([nums, k]) => {
    expectRangeError(() => slidingWindowMax(nums, k), `the error thrown for k = ${k}, nums.length = ${nums.length}`);
  });

  it.prop([numsAndK])('does not modify its input', ([nums, k]) => {
    const before = [...nums];
    slidingWindowMax(deepFreeze(nums), k);
    expect(nums).toEqual(before);
  });
});
