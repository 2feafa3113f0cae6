import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { nextGreater } from './next-greater.ts';

/** Independent oracle: scan right from every index. */
function scanRight(nums: readonly number[]): number[] {
  return nums.map((value, i) => {
    for (let j = i + 1; j < nums.length; j++) if (nums[j]! > value) return nums[j]!;
    return -1;
  });
}

// Small values make ties and repeated values common.
const smallNats = fc.array(fc.nat({ max: 8 }), { maxLength: 40 });

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
  it.prop([smallNats])('agrees with scanning right from every index', (nums) => {
    expect(nextGreater(nums)).toEqual(scanRight(nums));
  });

  it.prop([smallNats])('every answer is -1 or a strictly greater value found later in the array', (nums) => {
    const result = nextGreater(nums);
    expect(result, 'one answer per position').toHaveLength(nums.length);
    result.forEach((answer, i) => {
      if (answer === -1) return;
      expect(answer, `result[${i}] is greater than nums[${i}]`).toBeGreaterThan(nums[i]!);
      expect(nums.slice(i + 1), `result[${i}] occurs to the right of ${i}`).toContain(answer);
    });
  });

  it.prop([fc.uniqueArray(fc.nat({ max: 1000 }), { maxLength: 40 })])(
    'on an ascending array each answer is the next element',
    (values) => {
      const nums = [...values].sort((a, b) => a - b);
      expect(nextGreater(nums)).toEqual(nums.length === 0 ? [] : [...nums.slice(1), -1]);
    },
  );

  it.prop([smallNats])('does not modify its input', (nums) => {
    const before = [...nums];
    nextGreater(Object.freeze(nums) as readonly number[]);
    expect(nums).toEqual(before);
  });
});
