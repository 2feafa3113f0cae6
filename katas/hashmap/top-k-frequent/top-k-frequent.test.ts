import { describe, expect } from 'vitest';
import { topKFrequent } from './top-k-frequent.ts';
import { deepFreeze, expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

function countOf(nums: readonly number[], value: number): number {
  return nums.filter((x) => x === value).length;
}

/** True when `x` must come before `y`: more frequent, or as frequent and smaller. */
function ranksBefore(nums: readonly number[], x: number, y: number): boolean {
  const cx = countOf(nums, x);
  const cy = countOf(nums, y);
  return cx > cy || (cx === cy && x < y);
}

/**
 * The defining conditions of the answer, checked directly: the right length, distinct values
 * that occur in `nums`, in rank order, and no value left out that outranks one taken.
 */
function expectTopK(nums: readonly number[], k: number, result: number[]): void {
  const distinct = [...new Set(nums)];
  expect(result, 'length is min(k, number of distinct values)').toHaveLength(Math.min(k, distinct.length));
  expect(new Set(result).size, 'no value repeats in the result').toBe(result.length);
  for (const value of result) expect(nums, `returned value ${value} occurs in nums`).toContain(value);
  for (let i = 0; i + 1 < result.length; i++) {
    expect(ranksBefore(nums, result[i]!, result[i + 1]!), `${result[i]} ranks before ${result[i + 1]} (count desc, then value asc)`).toBe(true);
  }
  const last = result[result.length - 1];
  if (last === undefined) return;
  for (const value of distinct) {
    if (result.includes(value)) continue;
    expect(ranksBefore(nums, value, last), `left-out ${value} does not outrank the taken ${last}`).toBe(false);
  }
}

// A small range crossing zero gives many ties, including ties between negatives and two-digit
// values that a string comparison orders wrongly. The whole domain comes in too: values past 2^31
// and 2^32 (which 32-bit storage wraps), the safe range's ends, and -0.
const numsArb = fc.array(fc.oneof(fc.integer({ min: -12, max: 12 }), numbersOf(meta.domain.nums)), { maxLength: 40 });
const kArb = fc.integer({ min: 0, max: 15 });
const badK = fc.oneof(
  fc.integer({ min: -1_000, max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 }).filter((k) => !Number.isInteger(k)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

describe('topKFrequent examples', () => {
  it('returns the most frequent values, most frequent first', () => {
    expect(topKFrequent([1, 1, 1, 2, 2, 3], 2)).toEqual([1, 2]);
    expect(topKFrequent([3, 1, 3, 2, 3, 1], 3)).toEqual([3, 1, 2]);
  });
  it('breaks ties by value ascending, not by first appearance', () => {
    expect(topKFrequent([4, 4, 1, 1, 7], 2)).toEqual([1, 4]);
    expect(topKFrequent([5, 3, 5, 3, 9], 3)).toEqual([3, 5, 9]);
  });
  it('orders tied values numerically, not as strings', () => {
    expect(topKFrequent([10, 9, 10, 9, -1, -1], 3)).toEqual([-1, 9, 10]);
    expect(topKFrequent([-2, -10, -2, -10], 2)).toEqual([-10, -2]);
  });
  it('cuts inside a tie by value', () => {
    expect(topKFrequent([8, 6, 7, 8, 6, 7], 2)).toEqual([6, 7]);
  });
  it('handles values past 2^31 and 2^32', () => {
    expect(topKFrequent([4294967296, 2147483648, 4294967296], 2)).toEqual([4294967296, 2147483648]);
    expect(topKFrequent([9007199254740991, -9007199254740991, 2147483648], 3)).toEqual([-9007199254740991, 2147483648, 9007199254740991]);
  });
  it('returns every distinct value when k exceeds them', () => {
    expect(topKFrequent([7, 8], 5)).toEqual([7, 8]);
    expect(topKFrequent([2, 2, 2], 2)).toEqual([2]);
  });
  it('ranks all-distinct values by value, since every count is 1', () => {
    expect(topKFrequent([3, 1, 2], 3)).toEqual([1, 2, 3]);
  });
  it('returns [] for k = 0', () => {
    expect(topKFrequent([7, 7, 8], 0)).toEqual([]);
  });
  it('returns [] for an empty array', () => {
    expect(topKFrequent([], 3)).toEqual([]);
    expect(topKFrequent([], 0)).toEqual([]);
  });
  it('throws RangeError for a negative k', () => {
    expectRangeError(() => topKFrequent([1, 2], -1));
  });
  it('throws RangeError for a fractional k', () => {
    expectRangeError(() => topKFrequent([1, 2], 1.5));
  });
  it('throws RangeError for NaN and infinite k', () => {
    expectRangeError(() => topKFrequent([1, 2], Number.NaN));
    expectRangeError(() => topKFrequent([1, 2], Number.POSITIVE_INFINITY));
  });
  it('throws RangeError for a bad k even when nums is empty', () => {
    expectRangeError(() => topKFrequent([], -1));
  });
});

describe('topKFrequent properties', () => {
  it.prop([numsArb, kArb])('returns the k highest-ranked distinct values in rank order', (nums, k) => {
    expectTopK(nums, k, normaliseZeros(topKFrequent(nums, k)));
  });

  it.prop([numsArb, kArb, kArb])('the answer for a smaller k is a prefix of the answer for a larger k', (nums, a, b) => {
    const [small, large] = a <= b ? [a, b] : [b, a];
    expect(normaliseZeros(topKFrequent(nums, small))).toEqual(normaliseZeros(topKFrequent(nums, large).slice(0, small)));
  });

  it.prop([numsArb, badK])('throws RangeError unless k is a non-negative integer', (nums, k) => {
    expectRangeError(() => topKFrequent(nums, k), `the error thrown for k = ${k}`);
  });

  it.prop([numsArb, kArb])('does not modify its input', (nums, k) => {
    const before = [...nums];
    topKFrequent(deepFreeze(nums), k);
    expect(nums).toEqual(before);
  });
});
