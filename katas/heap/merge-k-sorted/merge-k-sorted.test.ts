import { describe, expect } from 'vitest';
import { mergeKSorted } from './merge-k-sorted.ts';
import { deepFreeze, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** Independent oracle: concatenate everything and sort numerically. */
function expected(lists: readonly (readonly number[])[]): number[] {
  return lists.flat().sort((a, b) => a - b);
}

/**
 * Sorted lists of values from the whole domain (fractions, -0, values past 2^31, huge magnitudes;
 * small values stay common, so duplicates happen), empty lists included.
 */
const sortedList = (maxLength: number) =>
  fc.array(numbersOf(meta.domain['lists[i][j]']), { maxLength }).map((xs) => xs.sort((a, b) => a - b));
const smallLists = fc.array(sortedList(8), { maxLength: 8 });

/** -0 and 0 are equal and may come out in either order: compare with every -0 read as 0. */
function expectMerged(lists: readonly (readonly number[])[], want: readonly number[]): void {
  expect(normaliseZeros(mergeKSorted(lists))).toEqual(normaliseZeros(want));
}

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
  it('orders fractions and values past 2^31 exactly', () => {
    expect(mergeKSorted([[0.5, 2 ** 31 + 1], [0.25, 2 ** 31]])).toEqual([0.25, 0.5, 2 ** 31, 2 ** 31 + 1]);
  });
  it('merges many one-element lists given in descending order', () => {
    const lists = Array.from({ length: 200 }, (_, i) => [200 - i]);
    expect(mergeKSorted(lists)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });
});

describe('mergeKSorted properties', () => {
  it.prop([smallLists])('returns every value of every list, ascending', (lists) => {
    const want = expected(lists);
    expectMerged(lists.map((list) => [...list]), want);
  });

  it.prop([fc.array(sortedList(40), { maxLength: 30 })])(
    'merges many longer lists',
    (lists) => {
      const want = expected(lists);
      expectMerged(lists.map((list) => [...list]), want);
    },
  );

  it.prop([smallLists])('does not modify the lists or the array holding them', (lists) => {
    const before = lists.map((list) => [...list]);
    mergeKSorted(deepFreeze(lists));
    expect(lists, 'the input lists').toEqual(before);
  });
});
