import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
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
  // `===`, as the contract says: -0 + -0 is -0, which reaches a target of 0.
  expect(nums[i]! + nums[j]! === target, `nums[${i}] + nums[${j}] = ${nums[i]! + nums[j]!}, target ${target}`).toBe(true);
}

/**
 * The values in order, leaving out each one whose sum with a value already kept is not a safe
 * integer (the README promises that every sum of two values is). A sum past the safe range
 * rounds to at least 2^53 in size, so the check itself is exact.
 */
function withSafePairSums(nums: readonly number[]): number[] {
  const kept: number[] = [];
  for (const x of nums) if (kept.every((y) => Math.abs(x + y) <= Number.MAX_SAFE_INTEGER)) kept.push(x);
  return kept;
}

// Small values make collisions, duplicates and "no answer" cases all common. The whole domain
// comes in too (2^31, 2^32, the safe range's ends, -0), so 32-bit storage is caught.
const numsArb = fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), numbersOf(meta.domain.nums)), { maxLength: 40 }).map(withSafePairSums);
const targetArb = fc.oneof(fc.integer({ min: -40, max: 40 }), numbersOf(meta.domain.target));

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
  it('handles values past 2^31 and 2^32', () => {
    expect(twoSum([2147483648, 5, 0], 2147483648)).toEqual([0, 2]);
    expect(twoSum([1, 4294967296, 4294967295], 8589934591)).toEqual([1, 2]);
    expect(twoSum([9007199254740991, 3, -9007199254740991], 0)).toEqual([0, 2]);
  });
  it('orders values numerically, not as strings', () => {
    expect(twoSum([10, 9, 1], 11)).toEqual([0, 2]);
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
  it.prop([numsArb, targetArb])('returns a valid pair exactly when one exists', (nums, target) => {
    const pair = twoSum(nums, target);
    if (somePairReaches(nums, target)) expectValidPair(nums, target, pair);
    else expect(pair).toBeNull();
  });

  it.prop([
    numsArb.filter((nums) => nums.length >= 2),
    fc.nat(),
    fc.nat(),
  ])('finds a pair planted at two random positions', (nums, a, b) => {
    const i = a % nums.length;
    const j = (i + 1 + (b % (nums.length - 1))) % nums.length;
    const target = nums[i]! + nums[j]!;
    expectValidPair(nums, target, twoSum(nums, target));
  });

  it.prop([numsArb, targetArb])('does not modify its input', (nums, target) => {
    const before = [...nums];
    twoSum(Object.freeze(nums) as readonly number[], target);
    expect(nums).toEqual(before);
  });
});
