import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { subarraySumCount } from './subarray-sum-count.ts';

/** Independent oracle: sum every subarray from scratch (O(n³), fine for short arrays). */
function countBySumming(nums: readonly number[], k: number): number {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = i; j < nums.length; j++) {
      if (nums.slice(i, j + 1).reduce((sum, x) => sum + x, 0) === k) count++;
    }
  }
  return count;
}

/** Every distinct subarray sum of `nums`. */
function allSubarraySums(nums: readonly number[]): Set<number> {
  const sums = new Set<number>();
  for (let i = 0; i < nums.length; i++) {
    let sum = 0;
    for (let j = i; j < nums.length; j++) sums.add((sum += nums[j]!));
  }
  return sums;
}

// Small values with negatives: repeated prefix sums and zero-sum runs are common.
const smallNums = fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 30 });
// The whole domain (−10^4 to 10^4, −0 included) mixed with the small values.
const nums = fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }), numbersOf(meta.domain.nums)), { maxLength: 30 });
const k = fc.oneof(fc.integer({ min: -6, max: 6 }), numbersOf(meta.domain.k));
const inDomainOfK = (sum: number): boolean => sum >= meta.domain.k.min && sum <= meta.domain.k.max;

describe('subarraySumCount examples', () => {
  it('counts overlapping subarrays separately', () => {
    expect(subarraySumCount([1, 1, 1], 2)).toBe(2);
  });
  it('counts subarrays of different lengths', () => {
    expect(subarraySumCount([1, 2, 3], 3)).toBe(2);
  });
  it('returns 0 for an empty array', () => {
    expect(subarraySumCount([], 0)).toBe(0);
    expect(subarraySumCount([], 5)).toBe(0);
  });
  it('counts a single element equal to k', () => {
    expect(subarraySumCount([5], 5)).toBe(1);
  });
  it('does not count the empty subarray when k is 0', () => {
    expect(subarraySumCount([5], 0)).toBe(0);
  });
  it('counts every subarray of zeros for k = 0', () => {
    expect(subarraySumCount([0, 0, 0], 0)).toBe(6);
  });
  it('handles negative values that cancel out', () => {
    expect(subarraySumCount([1, -1, 0], 0)).toBe(3);
  });
  it('finds subarrays that a sliding window would miss', () => {
    expect(subarraySumCount([3, 4, 7, 2, -3, 1, 4, 2], 7)).toBe(4);
  });
  it('handles the largest values and k', () => {
    expect(subarraySumCount([10_000, -10_000, 10_000], 10_000)).toBe(3);
    expect(subarraySumCount([-10_000, -10_000, 10_000], -10_000)).toBe(3);
  });
  it('handles a negative k', () => {
    expect(subarraySumCount([-2, -3], -5)).toBe(1);
  });
  it('counts subarrays that start at index 0', () => {
    expect(subarraySumCount([2, 3, 5], 5)).toBe(2);
  });
  it('counts a large number of answers on a long array of zeros', () => {
    const n = 2000;
    expect(subarraySumCount(new Array<number>(n).fill(0), 0)).toBe((n * (n + 1)) / 2);
  });
});

describe('subarraySumCount properties', () => {
  it.prop([nums, k])('matches summing every subarray', (list, target) => {
    expect(subarraySumCount(list, target)).toBe(countBySumming(list, target));
  });

  // Small values only: every subarray sum is then a valid k (at most 120 in size).
  it.prop([smallNums])('counts every subarray exactly once across all possible sums', (list) => {
    let total = 0;
    for (const sum of allSubarraySums(list)) total += subarraySumCount(list, sum);
    expect(total, 'n(n+1)/2 subarrays in all').toBe((list.length * (list.length + 1)) / 2);
  });

  it.prop([nums, nums, nums])('finds a planted subarray', (before, middle, after) => {
    fc.pre(middle.length > 0);
    const target = middle.reduce((sum, x) => sum + x, 0);
    fc.pre(inDomainOfK(target));
    expect(subarraySumCount([...before, ...middle, ...after], target)).toBeGreaterThanOrEqual(1);
  });

  it.prop([nums, k])('does not modify its input', (list, target) => {
    const before = [...list];
    subarraySumCount(Object.freeze(list) as readonly number[], target);
    expect(list).toEqual(before);
  });
});
