import { describe, expect } from 'vitest';
import { maxSumWindow } from './max-sum-window.ts';
import { deepFreeze, expectRangeError, fc, it } from '#kit/testing';

/** Independent oracle: sum every window from scratch and keep the largest. */
function largestWindowSum(nums: readonly number[], k: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + k <= nums.length; i++) {
    best = Math.max(best, nums.slice(i, i + k).reduce((sum, x) => sum + x, 0));
  }
  return best;
}

// Values of both signs, so the best window is sometimes negative; k anywhere from 1 to n. Bad k
// values stay finite (an infinite k is only a too-long k), so a solution without a range check
// fails with a counterexample instead of looping forever.
const numsArb = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 });
const numsAndK = numsArb.chain((nums) => fc.tuple(fc.constant(nums), fc.integer({ min: 1, max: nums.length })));
const negativeNumsAndK = fc
  .array(fc.integer({ min: -50, max: -1 }), { minLength: 1, maxLength: 30 })
  .chain((nums) => fc.tuple(fc.constant(nums), fc.integer({ min: 1, max: nums.length })));
const numsAndBadK = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 30 }).chain((nums) =>
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

describe('maxSumWindow examples', () => {
  it('finds the best window in the middle', () => {
    expect(maxSumWindow([2, 1, 5, 1, 3, 2], 3)).toBe(9);
    expect(maxSumWindow([1, -2, 3, 10, -4, 7, 2, -5], 4)).toBe(16);
  });
  it('finds the best window at the very end', () => {
    expect(maxSumWindow([1, 2, 3, 4], 2)).toBe(7);
  });
  it('finds the best window at the very start', () => {
    expect(maxSumWindow([4, 3, 2, 1], 2)).toBe(7);
  });
  it('returns a negative sum when every window is negative', () => {
    expect(maxSumWindow([-3, -1, -2], 2)).toBe(-3);
    expect(maxSumWindow([-7], 1)).toBe(-7);
  });
  it('returns the largest element for k = 1', () => {
    expect(maxSumWindow([1, 9, 1], 1)).toBe(9);
  });
  it('returns the total for k = nums.length', () => {
    expect(maxSumWindow([4, 2, 7], 3)).toBe(13);
    expect(maxSumWindow([5], 1)).toBe(5);
  });
  it('throws RangeError for k = 0 or a k longer than nums', () => {
    expectRangeError(() => maxSumWindow([1, 2], 0));
    expectRangeError(() => maxSumWindow([1, 2], 3));
  });
  it('throws RangeError for a negative, fractional or NaN k', () => {
    expectRangeError(() => maxSumWindow([1, 2], -1));
    expectRangeError(() => maxSumWindow([1, 2], 1.5));
    expectRangeError(() => maxSumWindow([1, 2], Number.NaN));
  });
  it('throws RangeError for an empty array', () => {
    expectRangeError(() => maxSumWindow([], 1));
    expectRangeError(() => maxSumWindow([], 0));
  });
});

describe('maxSumWindow properties', () => {
  it.prop([numsAndK])('returns the largest sum over all windows of length k', ([nums, k]) => {
    expect(maxSumWindow(nums, k)).toBe(largestWindowSum(nums, k));
  });

  it.prop([negativeNumsAndK])('returns a real (negative) window sum when all values are negative', ([nums, k]) => {
    expect(maxSumWindow(nums, k)).toBe(largestWindowSum(nums, k));
  });

  it.prop([numsAndBadK])('throws RangeError unless k is an integer in [1, nums.length]', ([nums, k]) => {
    expectRangeError(() => maxSumWindow(nums, k), `the error thrown for k = ${k}, nums.length = ${nums.length}`);
  });

  it.prop([numsAndK])('does not modify its input', ([nums, k]) => {
    const before = [...nums];
    maxSumWindow(deepFreeze(nums), k);
    expect(nums).toEqual(before);
  });
});
