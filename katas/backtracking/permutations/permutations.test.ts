import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { permutations } from './permutations.ts';

/** A canonical, order-free view of a list of orderings: each as text, the list sorted. */
function keys(list: readonly (readonly number[])[]): string[] {
  return list.map((p) => JSON.stringify(p)).sort();
}

function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/** Independent oracle: every ordering of the rest, with the first value inserted at every gap. */
function insertionOrderings(nums: readonly number[]): number[][] {
  if (nums.length === 0) return [[]];
  const [first, ...rest] = nums;
  const all: number[][] = [];
  for (const p of insertionOrderings(rest)) {
    for (let gap = 0; gap <= p.length; gap++) all.push([...p.slice(0, gap), first!, ...p.slice(gap)]);
  }
  return all;
}

const ascending = (a: number, b: number) => a - b;

// Distinct values from the whole domain (past ±2^31 and ±2^32, up to ±(2^53 − 1), 2 against 10),
// up to 6 of them: 720 orderings at most. SameValueZero: 0 and -0 are not distinct.
const distinctNums = fc.uniqueArray(numbersOf(meta.domain.nums), { maxLength: 6, comparator: 'SameValueZero' });

describe('permutations examples', () => {
  it('returns one empty ordering for an empty list', () => {
    expect(permutations([])).toEqual([[]]);
  });
  it('returns the single element as the only ordering', () => {
    expect(permutations([5])).toEqual([[5]]);
  });
  it('returns both orderings of two elements', () => {
    expect(keys(permutations([1, 2]))).toEqual(keys([[1, 2], [2, 1]]));
  });
  it('returns all six orderings of three elements', () => {
    expect(keys(permutations([1, 2, 3]))).toEqual(
      keys([[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]),
    );
  });
  it('handles zero and negative values', () => {
    expect(keys(permutations([0, -1]))).toEqual(keys([[0, -1], [-1, 0]]));
  });
  it('keeps values beyond 32 bits exact', () => {
    expect(keys(permutations([2 ** 31, -(2 ** 53 - 1)]))).toEqual(keys([[2 ** 31, -(2 ** 53 - 1)], [-(2 ** 53 - 1), 2 ** 31]]));
  });
  it('orders numbers that sort differently as text', () => {
    expect(keys(permutations([10, 2]))).toEqual(keys([[10, 2], [2, 10]]));
  });
  it('returns 24 distinct orderings of four elements', () => {
    const result = keys(permutations([4, 1, 3, 2]));
    expect(result).toHaveLength(24);
    expect(new Set(result).size, 'distinct orderings').toBe(24);
  });
});

describe('permutations properties', () => {
  it.prop([distinctNums])('returns exactly n! orderings', (nums) => {
    expect(permutations(nums), `number of orderings of ${nums.length} values`).toHaveLength(factorial(nums.length));
  });

  it.prop([distinctNums])('returns only rearrangements of the input', (nums) => {
    const expected = JSON.stringify([...nums].sort(ascending));
    const wrong = permutations(nums).filter((p) => JSON.stringify([...p].sort(ascending)) !== expected);
    expect(wrong, `orderings that do not use each value of ${JSON.stringify(nums)} exactly once`).toEqual([]);
  });

  it.prop([distinctNums])('never returns the same ordering twice', (nums) => {
    const result = keys(permutations(nums));
    expect(new Set(result).size, 'distinct orderings').toBe(result.length);
  });

  it.prop([distinctNums])('returns the same orderings as insertion at every gap', (nums) => {
    expect(keys(permutations(nums))).toEqual(keys(insertionOrderings(nums)));
  });

  it.prop([distinctNums])('returns a separate array for every ordering', (nums) => {
    const result = permutations(nums);
    expect(new Set(result).size, 'distinct array objects in the result').toBe(result.length);
    expect(result.includes(nums as number[]), 'the input array itself is not part of the answer').toBe(false);
  });

  it.prop([distinctNums])('does not modify its input', (nums) => {
    const before = [...nums];
    permutations(Object.freeze(nums) as readonly number[]);
    expect(nums).toEqual(before);
  });
});
