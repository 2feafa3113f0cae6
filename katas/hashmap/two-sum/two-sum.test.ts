import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { twoSum } from './two-sum.ts';

/** Independent oracle: does any pair of different positions reach the target? */
function somePairReaches(nums: readonly number[], target: number): boolean {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i]! + nums[j]! === target) return true;
    }
  }
  return false;
}

/** The defining conditions of a valid answer. */
function expectValidPair(nums: readonly number[], target: number, pair: [number, number] | null): void {
  expect(pair, 'a pair exists, so the answer must not be null').not.toBeNull();
  const [i, j] = pair!;
  expect(Number.isInteger(i) && Number.isInteger(j), `indices ${i}, ${j} are integers`).toBe(true);
  expect(i, 'first index').toBeGreaterThanOrEqual(0);
  expect(i, 'first index is smaller than the second').toBeLessThan(j);
  expect(j, 'second index is inside the array').toBeLessThan(nums.length);
  expect(nums[i]! + nums[j]!, `nums[${i}] + nums[${j}]`).toBe(target);
}

// Small values make collisions, duplicates and "no answer" cases all common.
const smallInts = fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 });
const smallTarget = fc.integer({ min: -40, max: 40 });

describe('twoSum examples', () => {
  it('finds the pair at the front', () => {
    expect(twoSum([2, 7, 11, 15], 9)).toEqual([0, 1]);
  });
  it('does not use one element twice when the target is double a value', () => {
    expect(twoSum([3, 2, 4], 6)).toEqual([1, 2]);
  });
  it('pairs two equal values at different positions', () => {
    expect(twoSum([3, 3], 6)).toEqual([0, 1]);
  });
  it('handles negative values and a zero target', () => {
    expect(twoSum([-3, 4, 3, 90], 0)).toEqual([0, 2]);
  });
  it('pairs two zeros for a zero target', () => {
    expect(twoSum([0, 4, 0], 0)).toEqual([0, 2]);
  });
  it('returns null when no pair reaches the target', () => {
    expect(twoSum([1, 2, 3], 100)).toBeNull();
  });
  it('returns null for an empty array', () => {
    expect(twoSum([], 0)).toBeNull();
  });
  it('returns null for a single element, even when it is half the target', () => {
    expect(twoSum([5], 10)).toBeNull();
  });
});

describe('twoSum properties', () => {
  it.prop([smallInts, smallTarget])('returns a valid pair exactly when one exists', (nums, target) => {
    const pair = twoSum(nums, target);
    if (somePairReaches(nums, target)) expectValidPair(nums, target, pair);
    else expect(pair).toBeNull();
  });

  it.prop([
    smallInts.filter((nums) => nums.length >= 2),
    fc.nat(),
    fc.nat(),
  ])('finds a pair planted at two random positions', (nums, a, b) => {
    const i = a % nums.length;
    const j = (i + 1 + (b % (nums.length - 1))) % nums.length;
    const target = nums[i]! + nums[j]!;
    expectValidPair(nums, target, twoSum(nums, target));
  });

  it.prop([smallInts, smallTarget])('does not modify its input', (nums, target) => {
    const before = [...nums];
    twoSum(Object.freeze(nums) as readonly number[], target);
    expect(nums).toEqual(before);
  });
});
