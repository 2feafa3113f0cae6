import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import { lisLength } from './longest-increasing-subsequence.ts';
import meta from './meta.ts';

/** Independent oracle for short arrays: check every subset of positions (as a bit mask). */
function longestByEnumeration(nums: readonly number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << nums.length; mask++) {
    let length = 0;
    let previous = -Infinity;
    let increasing = true;
    for (let i = 0; i < nums.length && increasing; i++) {
      if (!(mask & (1 << i))) continue;
      increasing = nums[i]! > previous;
      previous = nums[i]!;
      length++;
    }
    if (increasing && length > best) best = length;
  }
  return best;
}

/** Independent oracle for longer arrays: the quadratic "longest ending here" table. */
function longestByQuadraticTable(nums: readonly number[]): number {
  const ending: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    ending.push(1);
    for (let j = 0; j < i; j++) if (nums[j]! < nums[i]!) ending[i] = Math.max(ending[i]!, ending[j]! + 1);
  }
  return Math.max(0, ...ending);
}

// The whole domain: fractions, −0, values past ±2^31 and up to the largest double; small integers
// stay common, so duplicates and equal neighbours still happen.
const shortArray = fc.array(numbersOf(meta.domain.nums), { maxLength: 12 });
const longArray = fc.array(numbersOf(meta.domain.nums), { minLength: 30, maxLength: 250 });

describe('lisLength examples', () => {
  it('finds length 4 in the textbook example', () => {
    expect(lisLength([10, 9, 2, 5, 3, 7, 101, 18])).toBe(4);
  });
  it('finds length 4 with repeated values around', () => {
    expect(lisLength([0, 1, 0, 3, 2, 3])).toBe(4);
  });
  it('does not count equal values as increasing', () => {
    expect(lisLength([7, 7, 7, 7])).toBe(1);
    expect(lisLength([2, 2, 3])).toBe(2);
  });
  it('returns 0 for an empty array', () => {
    expect(lisLength([])).toBe(0);
  });
  it('returns 1 for a single value', () => {
    expect(lisLength([5])).toBe(1);
  });
  it('returns 1 for a strictly decreasing array', () => {
    expect(lisLength([5, 4, 3, 2, 1])).toBe(1);
  });
  it('returns the length of an already increasing array', () => {
    expect(lisLength([1, 2, 3, 4, 5, 6])).toBe(6);
  });
  it('skips elements: the subsequence need not be contiguous', () => {
    expect(lisLength([1, 5, 2, 6])).toBe(3);
  });
  it('handles negative values', () => {
    expect(lisLength([-3, -1, -2, 0])).toBe(3);
  });
  it('does not always start from the first value', () => {
    expect(lisLength([4, 1, 2, 3])).toBe(3);
  });
  it('compares fractions, large values and zeros as numbers', () => {
    expect(lisLength([0.5, 0.75, 0.6]), 'fractions').toBe(2);
    expect(lisLength([2 ** 31 - 1, 2 ** 31, 1e300]), 'past 32 bits').toBe(3);
    expect(lisLength([-Number.MAX_VALUE, -1e-300, Number.MIN_VALUE, Number.MAX_VALUE]), 'the extremes').toBe(4);
    expect(lisLength([-0, 0]), '-0 equals 0').toBe(1);
  });
  it('orders numbers that sort differently as text', () => {
    expect(lisLength([2, 10, 9, 100])).toBe(3);
  });
  it('handles a long increasing run followed by a long decreasing one', () => {
    const up = Array.from({ length: 1000 }, (_, i) => i);
    const down = Array.from({ length: 1000 }, (_, i) => 5000 - i);
    expect(lisLength([...up, ...down])).toBe(1001);
  });
});

describe('lisLength properties', () => {
  it.prop([shortArray])('matches a check of every subsequence of short arrays', (nums) => {
    expect(lisLength(nums)).toBe(longestByEnumeration(nums));
  });

  it.prop([longArray])('matches the quadratic table on longer arrays', (nums) => {
    expect(lisLength(nums)).toBe(longestByQuadraticTable(nums));
  });

  it.prop([longArray])('is unchanged by reversing the array and negating every value', (nums) => {
    expect(lisLength(nums.map((x) => -x).reverse())).toBe(lisLength(nums));
  });

  it.prop([longArray])('grows by exactly one when a value larger than all is appended', (nums) => {
    // One step above the largest value (a step of at least one unit in the last place, so even
    // 1e300 grows); skipped when that passes the largest finite double.
    const top = Math.max(0, ...nums);
    const larger = top + Math.max(1, top * Number.EPSILON);
    fc.pre(Number.isFinite(larger));
    expect(lisLength([...nums, larger])).toBe(lisLength(nums) + 1);
  });

  it.prop([shortArray])('does not modify its input', (nums) => {
    const before = [...nums];
    lisLength(Object.freeze(nums) as readonly number[]);
    expect(nums).toEqual(before);
  });
});
