import { describe, expect } from 'vitest';
import { mergeKSorted } from './merge-k-sorted.ts';
import { deepFreeze, fc, it } from '#kit/testing';

/** Independent oracle: concatenate everything and sort numerically. */
function expected(lists: readonly (readonly number[])[]): number[] {
  return lists.flat().sort((a, b) => a - b);
}

/** Lists of sorted small values (duplicates common), empty lists included. */
const sortedList = (maxValue: number, maxLength: number) =>
  fc.array(fc.integer({ min: -maxValue, max: maxValue }), { maxLength }).map((xs) => xs.sort((a, b) => a - b));
const smallLists = fc.array(sortedList(20, 8), { maxLength: 8 });

describe('mergeKSorted examples', () => {
  it('merges three lists', () => {
    expect(mergeKSorted([[1, 4, 5], [1, 3, 4], [2, 6]])).toEqual([1, 1, 2, 3, 4, 4, 5, 6]);
  });
  it('skips empty lists', () => {
    expect(mergeKSorted([[], [0], []])).toEqual([0]);
  });
  it('returns [] for no lists at all', () => {
    expect(mergeKSorted([])).toEqual([]);
  });
  it('returns [] when every list is empty', () => {
    expect(mergeKSorted([[], []])).toEqual([]);
  });
  it('copies a single list', () => {
    const only = [-5, -1, 10];
    const result = mergeKSorted([only]);
    expect(result).toEqual([-5, -1, 10]);
    expect(result, 'a new array, not the input list').not.toBe(only);
  });
  it('keeps every duplicate, within and across lists', () => {
    expect(mergeKSorted([[2, 2], [2], [1, 2]])).toEqual([1, 2, 2, 2, 2]);
  });
  it('appends the rest of a list once the others run out', () => {
    expect(mergeKSorted([[1, 2, 3, 40, 50], [35]])).toEqual([1, 2, 3, 35, 40, 50]);
  });
  it('orders numerically, not as strings', () => {
    expect(mergeKSorted([[9, 100], [10]])).toEqual([9, 10, 100]);
  });
  it('merges many one-element lists given in descending order', () => {
    const lists = Array.from({ length: 200 }, (_, i) => [200 - i]);
    expect(mergeKSorted(lists)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });
});

describe('mergeKSorted properties', () => {
  it.prop([smallLists])('returns every value of every list, ascending', (lists) => {
    const want = expected(lists);
    expect(mergeKSorted(lists.map((list) => [...list]))).toEqual(want);
  });

  it.prop([fc.array(sortedList(1_000_000, 40), { maxLength: 30 })])(
    'merges many longer lists of widely spread values',
    (lists) => {
      const want = expected(lists);
      expect(mergeKSorted(lists.map((list) => [...list]))).toEqual(want);
    },
  );

  it.prop([smallLists])('does not modify the lists or the array holding them', (lists) => {
    const before = lists.map((list) => [...list]);
    mergeKSorted(deepFreeze(lists));
    expect(lists, 'the input lists').toEqual(before);
  });
});
