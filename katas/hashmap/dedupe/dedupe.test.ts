import { describe, expect } from 'vitest';
import { dedupe } from './dedupe.ts';
import { deepFreeze, fc, it, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';

/** SameValueZero, written out: `===`, except that NaN equals NaN. (`0 === -0` already holds.) */
function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/** Independent oracle: keep an item unless an equal one was already kept. */
function firstOccurrences<T>(items: readonly T[]): T[] {
  const kept: T[] = [];
  for (const item of items) if (!kept.some((k) => sameValueZero(k, item))) kept.push(item);
  return kept;
}

function show(value: unknown): string {
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * Item by item with `Object.is`: the same references, and the sign of a kept zero. (`toEqual`
 * would accept a copy of an object in place of the object itself.)
 */
function expectSameItems(actual: readonly unknown[], expected: readonly unknown[]): void {
  const listed = `[${actual.map(show).join(', ')}], expected [${expected.map(show).join(', ')}]`;
  expect(actual.length, `length of ${listed}`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Object.is(actual[i], expected[i]), `item ${i} of ${listed}`).toBe(true);
  }
}

// The primitives that tell the four JavaScript equalities apart (NaN, 0 and -0, numbers against
// their strings, null against undefined) weigh most; a few references are shared between draws so
// the same object can repeat, and fresh look-alike objects have equal contents but new identities.
// The whole number and string domains come in too: huge magnitudes and fractions, and strings
// such as "constructor" or "__proto__" that a plain object already "has".
const sharedA = { id: 1 };
const sharedB = { id: 1 };
const sharedList = [1];
const itemArb = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(Number.NaN, 0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), weight: 3 },
  { arbitrary: fc.integer({ min: -2, max: 2 }), weight: 2 },
  { arbitrary: numbersOf(meta.domain['items (finite numbers)']), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>('0', '1', 'NaN', '', null, undefined, true, false), weight: 2 },
  { arbitrary: stringsOf(meta.domain['items (strings)'], { maxLength: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(sharedA, sharedB, sharedList), weight: 2 },
  { arbitrary: fc.constant(null).map(() => ({ id: 1 })), weight: 1 },
);
const itemsArb = fc.array(itemArb, { maxLength: 30 });

describe('dedupe examples', () => {
  it('keeps the first occurrence of each number, in input order', () => {
    expect(dedupe([3, 1, 3, 2, 1])).toEqual([3, 1, 2]);
  });
  it('dedupes strings', () => {
    expect(dedupe(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });
  it('treats NaN as equal to NaN: keeps exactly one', () => {
    expectSameItems(dedupe([Number.NaN, 1, Number.NaN]), [Number.NaN, 1]);
    expectSameItems(dedupe([Number.NaN, Number.NaN, Number.NaN]), [Number.NaN]);
  });
  it('treats 0 and -0 as equal, keeping whichever comes first with its sign', () => {
    expectSameItems(dedupe([0, -0]), [0]);
    expectSameItems(dedupe([-0, 0, 1]), [-0, 1]);
  });
  it('does not convert: a number and its string are different', () => {
    expect(dedupe<unknown>([1, '1', 1, 'NaN', Number.NaN])).toEqual([1, '1', 'NaN', Number.NaN]);
  });
  it('treats every string as an ordinary value, even names that objects inherit', () => {
    expect(dedupe(['constructor', '__proto__', 'constructor'])).toEqual(['constructor', '__proto__']);
    expect(dedupe(['toString', 'hasOwnProperty', 'valueOf', 'toString'])).toEqual(['toString', 'hasOwnProperty', 'valueOf']);
  });
  it('keeps huge numbers and fractions apart from their neighbours', () => {
    expect(dedupe([2 ** 53 - 1, 2 ** 53 - 2, 0.1, 0.30000000000000004, 0.3, 2 ** 53 - 1])).toEqual([2 ** 53 - 1, 2 ** 53 - 2, 0.1, 0.30000000000000004, 0.3]);
  });
  it('keeps null and undefined apart', () => {
    expectSameItems(dedupe([null, undefined, null, undefined]), [null, undefined]);
  });
  it('compares objects by reference: look-alikes both stay, a repeated reference goes', () => {
    const a = { id: 1 };
    const b = { id: 1 };
    expectSameItems(dedupe([a, b, a]), [a, b]);
    const list = [1, 2];
    const lookAlike = [1, 2];
    expectSameItems(dedupe([list, lookAlike, list, lookAlike]), [list, lookAlike]);
  });
  it('returns the input items themselves, not copies', () => {
    const a = { id: 1 };
    const result = dedupe([a, a]);
    expect(result, 'one item').toHaveLength(1);
    expect(result[0], 'the same object').toBe(a);
  });
  it('returns the whole list when nothing repeats', () => {
    expect(dedupe([5, 4, 3])).toEqual([5, 4, 3]);
  });
  it('returns [] for an empty array', () => {
    expect(dedupe([])).toEqual([]);
  });
  it('returns one item for one item', () => {
    expectSameItems(dedupe([Number.NaN]), [Number.NaN]);
  });
});

describe('dedupe properties', () => {
  it.prop([itemsArb])('keeps exactly the first occurrence of each value, in input order', (items) => {
    expectSameItems(dedupe(items), firstOccurrences(items));
  });

  it.prop([itemsArb])('returns no two equal items, and nothing that was not in the input', (items) => {
    const result = dedupe(items);
    for (let i = 0; i < result.length; i++) {
      expect(items.some((item) => Object.is(item, result[i])), `item ${i} comes from the input`).toBe(true);
      for (let j = i + 1; j < result.length; j++) {
        expect(sameValueZero(result[i], result[j]), `items ${i} and ${j} are different values`).toBe(false);
      }
    }
  });

  it.prop([itemsArb])('does not modify its input', (items) => {
    const before = [...items];
    dedupe(deepFreeze(items));
    expectSameItems(items, before);
  });
});
