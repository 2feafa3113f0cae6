import { describe, expect } from 'vitest';
import { maxSumWindow } from './max-sum-window.ts';
import { deepFreeze, expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** Independent oracle: sum every window from scratch and keep the largest. */
function largestWindowSum(nums: readonly number[], k: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + k <= nums.length; i++) {
    best = Math.max(best, nums.slice(i, i + k).reduce((sum, x) => sum + x, 0));
  }
  return best;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The values in order, leaving out each one that would make the sum of some run of consecutive
 * values ending at it unsafe (the README promises every subarray sum is a safe integer). The
 * first value is always kept. Sums are checked with BigInt, so the check itself is exact.
 */
function withSafeSubarraySums(values: readonly number[]): number[] {
  const kept: number[] = [];
  let suffixSums: bigint[] = []; // the sums of kept[i..] for every i
  for (const x of values) {
    const next = [...suffixSums.map((sum) => sum + BigInt(x)), BigInt(x)];
    if (next.every((sum) => sum <= MAX && sum >= -MAX)) {
      kept.push(x);
      suffixSums = next;
    }
  }
  return kept;
}

// Values of both signs, so the best window is sometimes negative; k anywhere from 1 to n. The
// whole domain comes in too (2^31, 2^32, the safe range's ends, -0), kept to arrays whose
// subarray sums are all safe. Bad k values stay finite (an infinite k is only a too-long k), so a
// solution without a range check fails with a counterexample instead of looping forever.
const withK = (values: fc.Arbitrary<number>) =>
  fc
    .array(values, { minLength: 1, maxLength: 30 })
    .map(withSafeSubarraySums)
    .chain((nums) => fc.tuple(fc.constant(nums), fc.integer({ min: 1, max: nums.length })));
const numsAndK = withK(fc.oneof(fc.integer({ min: -50, max: 50 }), numbersOf(meta.domain.nums)));
const negativeNumsAndK = withK(fc.oneof(fc.integer({ min: -50, max: -1 }), numbersOf(meta.domain.nums, { max: -1 })));
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
  it('handles values past 2^31 and sums up to the end of the safe range', () => {
    expect(maxSumWindow([2147483648, -1, 2147483648], 1)).toBe(2147483648);
    expect(maxSumWindow([2147483648, 2147483648, -5], 2)).toBe(4294967296);
    expect(maxSumWindow([9007199254740991, -9007199254740991, 9007199254740990], 2)).toBe(0);
    expect(maxSumWindow([-9007199254740990, 9007199254740991, -1], 1)).toBe(9007199254740991);
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
  // normaliseZeros: a window of -0 and 0 sums to zero, and the contract does not decide its sign.
  it.prop([numsAndK])('returns the largest sum over all windows of length k', ([nums, k]) => {
    expect(normaliseZeros(maxSumWindow(nums, k))).toBe(normaliseZeros(largestWindowSum(nums, k)));
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
