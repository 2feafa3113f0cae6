import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { pivotIndex } from './pivot-index.ts';

function sumOf(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** The defining condition, checked by adding up both sides directly. */
function isPivot(nums: readonly number[], i: number): boolean {
  return sumOf(nums.slice(0, i)) === sumOf(nums.slice(i + 1));
}

/** Independent oracle: test every index in order. */
function firstPivot(nums: readonly number[]): number {
  for (let i = 0; i < nums.length; i++) if (isPivot(nums, i)) return i;
  return -1;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Every sum of consecutive values, by BigInt (exact), while the values are kept in order. */
function keepWhileSubarraySumsSafe(values: readonly number[], dropUnsafe: boolean): number[] | null {
  const kept: number[] = [];
  let suffixSums: bigint[] = []; // the sums of kept[i..] for every i
  for (const x of values) {
    const next = [...suffixSums.map((sum) => sum + BigInt(x)), BigInt(x)];
    if (next.every((sum) => sum <= MAX && sum >= -MAX)) {
      kept.push(x);
      suffixSums = next;
    } else if (!dropUnsafe) return null;
  }
  return kept;
}

/** The values in order, leaving out each one that would make some subarray sum unsafe (the README promises they are all safe). */
const withSafeSubarraySums = (values: readonly number[]): number[] => keepWhileSubarraySumsSafe(values, true)!;
const subarraySumsAreSafe = (values: readonly number[]): boolean => keepWhileSubarraySumsSafe(values, false) !== null;

// Small values (and many zeros) make pivots, several pivots and ties common. The whole domain
// comes in too (2^31, 2^32, the safe range's ends, -0), kept to lists whose subarray sums are safe.
const valueArb = fc.oneof(fc.integer({ min: -6, max: 6 }), numbersOf(meta.domain.nums));
const numsArb = fc.array(valueArb, { maxLength: 30 }).map(withSafeSubarraySums);

describe('pivotIndex examples', () => {
  it('finds a pivot in the middle', () => {
    expect(pivotIndex([1, 7, 3, 6, 5, 6])).toBe(3);
  });
  it('returns -1 when no index balances', () => {
    expect(pivotIndex([1, 2, 3])).toBe(-1);
  });
  it('finds a pivot at index 0, whose left side is empty', () => {
    expect(pivotIndex([2, 1, -1])).toBe(0);
  });
  it('finds a pivot at the last index, whose right side is empty', () => {
    expect(pivotIndex([-1, 1, 5])).toBe(2);
  });
  it('returns the leftmost of several pivots', () => {
    expect(pivotIndex([0, 0, 0])).toBe(0);
    expect(pivotIndex([1, -1, 4, 1, -1])).toBe(2);
    expect(pivotIndex([3, 0, 0, 3])).toBe(1);
  });
  it('returns 0 for a single element', () => {
    expect(pivotIndex([7])).toBe(0);
    expect(pivotIndex([0])).toBe(0);
  });
  it('returns -1 for an empty list', () => {
    expect(pivotIndex([])).toBe(-1);
  });
  it('returns -1 for two unequal non-zero values', () => {
    expect(pivotIndex([1, 2])).toBe(-1);
  });
  it('compares the full sums, past 2^31 and 2^32', () => {
    expect(pivotIndex([0, 4294967296])).toBe(1);
    expect(pivotIndex([2147483648, 7, 2147483648])).toBe(1);
    expect(pivotIndex([9007199254740991, -9007199254740991, 5, 0])).toBe(2);
  });
  it('handles negative values on both sides', () => {
    expect(pivotIndex([-1, -1, -1, -1, -1, 0])).toBe(2);
  });
  it('does not count the pivot element on either side', () => {
    // left(1) = 2, right(1) = 2; counting nums[1] on one side would break the tie.
    expect(pivotIndex([2, 5, 2])).toBe(1);
  });
});

describe('pivotIndex properties', () => {
  it.prop([numsArb])('returns the first index whose two sides add up to the same total, or -1', (nums) => {
    expect(pivotIndex(nums), JSON.stringify(nums)).toBe(firstPivot(nums));
  });

  it.prop([numsArb, valueArb, numsArb])('finds a planted pivot or an earlier one', (left, middle, rightRaw) => {
    // Make the right side sum to the left side's total by appending the difference.
    const right = [...rightRaw, sumOf(left) - sumOf(rightRaw)];
    const nums = [...left, middle, ...right];
    fc.pre(subarraySumsAreSafe(nums));
    const answer = pivotIndex(nums);
    expect(answer, `${JSON.stringify(nums)} has a pivot at ${left.length}`).toBeGreaterThanOrEqual(0);
    expect(answer, 'no later than the planted pivot').toBeLessThanOrEqual(left.length);
    expect(isPivot(nums, answer), `index ${answer} is a pivot of ${JSON.stringify(nums)}`).toBe(true);
  });

  it.prop([fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 30 })])(
    'returns -1 for positive lists with one odd value, at the front',
    (halves) => {
      // nums[0] is odd, the rest even and positive. Index 0 would need the rest to sum to 0;
      // any later index would need 2·left + nums[i] (even) to equal the odd total. No pivot.
      const nums = halves.map((h, i) => (i === 0 ? 2 * h - 1 : 2 * h));
      expect(pivotIndex(nums), JSON.stringify(nums)).toBe(-1);
    },
  );

  it.prop([numsArb])('does not modify its input', (nums) => {
    const before = [...nums];
    pivotIndex(Object.freeze(nums) as readonly number[]);
    expect(nums).toEqual(before);
  });
});
