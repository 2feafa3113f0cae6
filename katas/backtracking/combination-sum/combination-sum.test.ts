import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import { combinationSum } from './combination-sum.ts';
import meta from './meta.ts';

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

// The whole domain (1..1000, so 2 against 10 and 9 against 100, whose string order is not their
// numeric order), with small values common enough for duplicates and many ways to reach a
// target; ≤ 10 candidates keeps the oracle at 1024 subsets.
const candidatesArb = fc.array(numbersOf(meta.domain.candidates), { maxLength: 10 });

/**
 * The largest target drawn for these candidates: at most 12 times the smallest one. A wrong search
 * that reuses positions lists every multiset of values up to the target, which for a target of
 * thousands and candidates 1, 2, 3 is millions of combinations: it would run out of memory instead
 * of failing a test. Both values still span their whole domain (candidates of 1000 take targets
 * up to 10^4).
 */
function targetCap(candidates: readonly number[]): number {
  return Math.min(meta.domain.target.max, 12 * Math.min(...candidates));
}

/** Candidates and any target up to targetCap. */
const casesArb = candidatesArb.chain((candidates) => fc.tuple(fc.constant(candidates), numbersOf(meta.domain.target, { max: targetCap(candidates) })));

/** Candidates and a target that is the sum of some of their positions (chosen in order while the sum stays within targetCap). */
const plantedArb = candidatesArb.chain((candidates) =>
  fc.array(fc.boolean(), { minLength: candidates.length, maxLength: candidates.length }).map((chosen) => {
    const cap = targetCap(candidates);
    const planted: number[] = [];
    let target = 0;
    candidates.forEach((value, i) => {
      if (chosen[i] && target + value <= cap) {
        planted.push(value);
        target += value;
      }
    });
    return { candidates, planted: planted.sort(ascending), target };
  }),
);

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
  it('reaches the largest target, 10^4', () => {
    expect(combinationSum(new Array<number>(10).fill(1000), 10_000)).toEqual([new Array<number>(10).fill(1000)]);
  });
  it('orders values as numbers, not as text', () => {
    expect(combinationSum([10, 2], 12), '2 comes before 10').toEqual([[2, 10]]);
    expect(combinationSum([10, 2], 2), 'a 10 listed first does not hide the 2').toEqual([[2]]);
    expect(keys(combinationSum([100, 9, 1000, 91], 1100))).toEqual(keys([[9, 91, 1000], [100, 1000]]));
  });
});

describe('combinationSum properties', () => {
  it.prop([casesArb])('returns exactly the distinct combinations an enumeration of all subsets finds', ([candidates, target]) => {
    expect(keys(combinationSum(candidates, target))).toEqual(allCombinations(candidates, target));
  });

  it.prop([casesArb])('returns only ascending combinations that reach the target using available positions', ([candidates, target]) => {
    for (const combination of combinationSum(candidates, target)) {
      const text = JSON.stringify(combination);
      expect(combination, `${text} is in ascending order`).toEqual([...combination].sort(ascending));
      // `===`, not toBe: a target of -0 is reached by the sum 0.
      expect(combination.reduce((s, v) => s + v, 0) === target, `${text} sums to ${target}`).toBe(true);
      expect(fitsInside(combination, candidates), `${text} takes each value from its own position`).toBe(true);
    }
  });

  it.prop([casesArb])('never returns the same combination twice', ([candidates, target]) => {
    const result = keys(combinationSum(candidates, target));
    expect(new Set(result).size, 'distinct combinations').toBe(result.length);
  });

  it.prop([plantedArb])('finds a combination planted by choosing some positions', ({ candidates, planted, target }) => {
    expect(keys(combinationSum(candidates, target))).toContain(JSON.stringify(planted));
  });

  it.prop([plantedArb])('returns exactly what an enumeration of all subsets finds for a reachable target', ({ candidates, target }) => {
    expect(keys(combinationSum(candidates, target))).toEqual(allCombinations(candidates, target));
  });

  it.prop([casesArb])('does not modify its input', ([candidates, target]) => {
    const before = [...candidates];
    combinationSum(Object.freeze(candidates) as readonly number[], target);
    expect(candidates).toEqual(before);
  });
});
