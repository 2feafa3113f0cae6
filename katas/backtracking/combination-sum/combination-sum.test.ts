import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { combinationSum } from './combination-sum.ts';

/** A canonical, order-free view of a list of combinations: each as text, the list sorted. */
function keys(list: readonly (readonly number[])[]): string[] {
  return list.map((c) => JSON.stringify(c)).sort();
}

const ascending = (a: number, b: number) => a - b;

/** Independent oracle: every subset of positions, kept when it sums to the target, as sorted multisets. */
function allCombinations(candidates: readonly number[], target: number): string[] {
  const found = new Set<string>();
  for (let m = 0; m < 2 ** candidates.length; m++) {
    const picked = candidates.filter((_, i) => (m >> i) & 1);
    if (picked.reduce((s, v) => s + v, 0) === target) found.add(JSON.stringify(picked.sort(ascending)));
  }
  return [...found].sort();
}

/** True when every value of `combination` can be taken from a different position of `candidates`. */
function fitsInside(combination: readonly number[], candidates: readonly number[]): boolean {
  const left = new Map<number, number>();
  for (const v of candidates) left.set(v, (left.get(v) ?? 0) + 1);
  for (const v of combination) {
    const count = left.get(v) ?? 0;
    if (count === 0) return false;
    left.set(v, count - 1);
  }
  return true;
}

// Small values make many duplicates and many ways to reach a target; ≤ 10 candidates keeps the
// oracle at 1024 subsets.
const candidatesArb = fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 10 });
const targetArb = fc.integer({ min: 0, max: 25 });

describe('combinationSum examples', () => {
  it('finds every combination in the classic example, [1, 1, 6] included', () => {
    expect(keys(combinationSum([10, 1, 2, 7, 6, 1, 5], 8))).toEqual(keys([[1, 1, 6], [1, 2, 5], [1, 7], [2, 6]]));
  });
  it('uses a value as often as it appears, and lists each combination once', () => {
    expect(keys(combinationSum([2, 5, 2, 1, 2], 5))).toEqual(keys([[1, 2, 2], [5]]));
  });
  it('does not use one position twice', () => {
    expect(combinationSum([2, 3], 4)).toEqual([]);
  });
  it('uses equal values at two different positions', () => {
    expect(combinationSum([2, 2, 3], 4)).toEqual([[2, 2]]);
  });
  it('returns a combination once however many position sets give it', () => {
    expect(combinationSum([1, 1, 1, 1], 2)).toEqual([[1, 1]]);
  });
  it('returns a single candidate equal to the target', () => {
    expect(combinationSum([4], 4)).toEqual([[4]]);
  });
  it('returns only the empty combination for a zero target', () => {
    expect(combinationSum([3, 9], 0)).toEqual([[]]);
    expect(combinationSum([], 0)).toEqual([[]]);
  });
  it('returns nothing for an empty list and a positive target', () => {
    expect(combinationSum([], 5)).toEqual([]);
  });
  it('returns nothing when every candidate is larger than the target', () => {
    expect(combinationSum([9, 7, 12], 5)).toEqual([]);
  });
  it('uses every candidate when only the total reaches the target', () => {
    expect(combinationSum([3, 1, 2], 6)).toEqual([[1, 2, 3]]);
  });
});

describe('combinationSum properties', () => {
  it.prop([candidatesArb, targetArb])('returns exactly the distinct combinations an enumeration of all subsets finds', (candidates, target) => {
    expect(keys(combinationSum(candidates, target))).toEqual(allCombinations(candidates, target));
  });

  it.prop([candidatesArb, targetArb])('returns only ascending combinations that reach the target using available positions', (candidates, target) => {
    for (const combination of combinationSum(candidates, target)) {
      const text = JSON.stringify(combination);
      expect(combination, `${text} is in ascending order`).toEqual([...combination].sort(ascending));
      expect(combination.reduce((s, v) => s + v, 0), `sum of ${text}`).toBe(target);
      expect(fitsInside(combination, candidates), `${text} takes each value from its own position`).toBe(true);
    }
  });

  it.prop([candidatesArb, targetArb])('never returns the same combination twice', (candidates, target) => {
    const result = keys(combinationSum(candidates, target));
    expect(new Set(result).size, 'distinct combinations').toBe(result.length);
  });

  it.prop([candidatesArb, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 })])(
    'finds a combination planted by choosing some positions',
    (candidates, chosen) => {
      const planted = candidates.filter((_, i) => chosen[i]).sort(ascending);
      const target = planted.reduce((s, v) => s + v, 0);
      expect(keys(combinationSum(candidates, target))).toContain(JSON.stringify(planted));
    },
  );

  it.prop([candidatesArb, targetArb])('does not modify its input', (candidates, target) => {
    const before = [...candidates];
    combinationSum(Object.freeze(candidates) as readonly number[], target);
    expect(candidates).toEqual(before);
  });
});
