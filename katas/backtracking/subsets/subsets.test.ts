import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { subsets } from './subsets.ts';

/** A canonical, order-free view of a list of subsets: each subset as text, the list sorted. */
function keys(list: readonly (readonly number[])[]): string[] {
  return list.map((s) => JSON.stringify(s)).sort();
}

/** Independent oracle: subset number m holds nums[i] exactly when bit i of m is set. */
function bitmaskSubsets(nums: readonly number[]): number[][] {
  const all: number[][] = [];
  for (let m = 0; m < 2 ** nums.length; m++) all.push(nums.filter((_, i) => (m >> i) & 1));
  return all;
}

/** True when `sub` can be read off `nums` left to right (a subsequence, so input order is kept). */
function isSubsequence(sub: readonly number[], nums: readonly number[]): boolean {
  let i = 0;
  for (const value of nums) if (i < sub.length && sub[i] === value) i++;
  return i === sub.length;
}

// Distinct values from the whole domain (past ±2^31 and ±2^32, up to ±(2^53 − 1)), up to 10 of
// them: 1024 subsets at most. SameValueZero: 0 and -0 are not distinct.
const distinctNums = fc.uniqueArray(numbersOf(meta.domain.nums), { maxLength: 10, comparator: 'SameValueZero' });

describe('subsets examples', () => {
  it('returns only the empty subset for an empty list', () => {
    expect(subsets([])).toEqual([[]]);
  });
  it('returns the empty subset and the element itself for one element', () => {
    expect(keys(subsets([7]))).toEqual(keys([[], [7]]));
  });
  it('returns all four subsets of two elements', () => {
    expect(keys(subsets([1, 2]))).toEqual(keys([[], [1], [2], [1, 2]]));
  });
  it('returns all eight subsets of three elements', () => {
    expect(keys(subsets([1, 2, 3]))).toEqual(keys([[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]));
  });
  it('keeps the input order inside a subset when the input is not sorted', () => {
    expect(keys(subsets([3, 1]))).toEqual(keys([[], [3], [1], [3, 1]]));
  });
  it('handles negative values and zero', () => {
    expect(keys(subsets([-1, 0]))).toEqual(keys([[], [-1], [0], [-1, 0]]));
  });
  it('keeps values beyond 32 bits exact', () => {
    expect(keys(subsets([2 ** 31, -(2 ** 53 - 1)]))).toEqual(keys([[], [2 ** 31], [-(2 ** 53 - 1)], [2 ** 31, -(2 ** 53 - 1)]]));
  });
  it('keeps input order across a longer unsorted list', () => {
    const result = keys(subsets([5, -2, 9, 0]));
    expect(result, 'the full list in input order').toContain(JSON.stringify([5, -2, 9, 0]));
    expect(result, 'a middle pair in input order').toContain(JSON.stringify([-2, 0]));
    expect(result).toHaveLength(16);
  });
});

describe('subsets properties', () => {
  it.prop([distinctNums])('returns exactly 2ⁿ subsets', (nums) => {
    expect(subsets(nums), `number of subsets of ${nums.length} values`).toHaveLength(2 ** nums.length);
  });

  it.prop([distinctNums])('returns only subsets that keep the input order', (nums) => {
    const outOfOrder = subsets(nums).filter((sub) => !isSubsequence(sub, nums));
    expect(outOfOrder, `subsets not read off ${JSON.stringify(nums)} left to right`).toEqual([]);
  });

  it.prop([distinctNums])('never returns the same subset twice', (nums) => {
    const result = keys(subsets(nums));
    expect(new Set(result).size, 'distinct subsets').toBe(result.length);
  });

  it.prop([distinctNums])('returns the same subsets as a bitmask enumeration', (nums) => {
    expect(keys(subsets(nums))).toEqual(keys(bitmaskSubsets(nums)));
  });

  it.prop([distinctNums])('returns a separate array for every subset', (nums) => {
    const result = subsets(nums);
    expect(new Set(result).size, 'distinct array objects in the result').toBe(result.length);
    expect(result.includes(nums as number[]), 'the input array itself is not part of the answer').toBe(false);
  });

  it.prop([distinctNums])('does not modify its input', (nums) => {
    const before = [...nums];
    subsets(Object.freeze(nums) as readonly number[]);
    expect(nums).toEqual(before);
  });
});
