import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { nextGreater } from './next-greater.ts';

/** Independent oracle: scan right from every index. */
function scanRight(nums: readonly number[]): number[] {
  return nums.map((value, i) => {
    for (let j = i + 1; j < nums.length; j++) if (nums[j]! > value) return nums[j]!;
    return -1;
  });
}

// The whole domain (values past 2^31 and 2^32 included), with small values common enough for ties.
const values = fc.array(numbersOf(meta.domain.nums), { maxLength: 40 });

describe('nextGreater examples', () => {
  it('answers each position with the first greater value to its right', () => {
    expect(nextGreater([2, 1, 3])).toEqual([3, 3, -1]);
    expect(nextGreater([4, 5, 2, 25])).toEqual([5, 25, 25, -1]);
  });
  it('takes the first greater value, not the largest one', () => {
    expect(nextGreater([13, 7, 6, 12])).toEqual([-1, 12, 12, -1]);
    expect(nextGreater([1, 3, 2, 4])).toEqual([3, 4, 4, -1]);
  });
  it('does not count an equal value as greater', () => {
    expect(nextGreater([1, 1, 2])).toEqual([2, 2, -1]);
    expect(nextGreater([3, 3, 3])).toEqual([-1, -1, -1]);
  });
  it('gives -1 everywhere for a descending array', () => {
    expect(nextGreater([5, 4, 3, 0])).toEqual([-1, -1, -1, -1]);
  });
  it('does not wrap around to the start', () => {
    expect(nextGreater([2, 5, 1])).toEqual([5, -1, -1]);
  });
  it('handles zeros', () => {
    expect(nextGreater([0, 0, 1, 0])).toEqual([1, 1, -1, -1]);
  });
  it('returns [-1] for one element and [] for none', () => {
    expect(nextGreater([7])).toEqual([-1]);
    expect(nextGreater([])).toEqual([]);
  });
});

describe('nextGreater properties', () => {
  it.prop([values])('agrees with scanning right from every index', (nums) => {
    expect(nextGreater(nums)).toEqual(scanRight(nums));
  });

  it.prop([values])('every answer is -1 or a strictly greater value found later in the array', (nums) => {
    const result = nextGreater(nums);
    expect(result, 'one answer per position').toHaveLength(nums.length);
    result.forEach((answer, i) => {
      if (answer === -1) return;
      expect(answer, `result[${i}] is greater than nums[${i}]`).toBeGreaterThan(nums[i]!);
      expect(nums.slice(i + 1), `result[${i}] occurs to the right of ${i}`).toContain(answer);
    });
  });

  // SameValueZero: -0 and 0 are one value here, as they are to `<`.
  it.prop([fc.uniqueArray(numbersOf(meta.domain.nums), { maxLength: 40, comparator: 'SameValueZero' })])(
    'on an ascending array each answer is the next element',
    (values) => {
      const nums = [...values].sort((a, b) => a - b);
      expect(nextGreater(nums)).toEqual(nums.length === 0 ? [] : [...nums.slice(1), -1]);
    },
  );

  it.prop([values])('does not modify its input', (nums) => {
    const before = [...nums];
    nextGreater(Object.freeze(nums) as readonly number[]);
    expect(nums).toEqual(before);
  });
});
