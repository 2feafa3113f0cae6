/**
 * The domain arbitraries must stay inside the range they are given and must actually draw the
 * edges they promise: a wrong solution that keeps values in an Int32Array, sorts numbers as
 * strings or keeps keys in a plain object has to meet those values in a property's 100 runs.
 */
import { describe, expect, it } from 'vitest';
import { domainSentence } from '#kit';
import { fc, finiteNumbers, keys, naturals, nodeNames, normaliseZeros, numbersOf, safeIntegers, stringsOf } from '#kit/testing';
import { isWellFormed } from './domains.ts';

const draws = <T>(arb: fc.Arbitrary<T>, seed = 1, numRuns = 2000): T[] => fc.sample(arb, { seed, numRuns });
const has = (values: readonly number[], x: number) => values.some((v) => Object.is(v, x));

describe('safeIntegers', () => {
  it('stays within its range and in the safe integers', () => {
    for (const [min, max] of [[-5, 5], [0, 2 ** 31], [-(2 ** 40), 3], [7, 7]] as const) {
      for (const v of draws(safeIntegers({ min, max }))) {
        expect(Number.isSafeInteger(v), `${v} is a safe integer`).toBe(true);
        expect(v >= min && v <= max, `${v} in [${min}, ${max}]`).toBe(true);
      }
    }
  });

  it('draws the 32-bit, safe-range and sign-of-zero edges, and small values that repeat', () => {
    const v = draws(safeIntegers());
    for (const edge of [2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 32, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, -0, 10, 9]) {
      expect(has(v, edge), `draws ${Object.is(edge, -0) ? '-0' : edge}`).toBe(true);
    }
    expect(v.filter((x) => Math.abs(x) <= 8).length, 'small values are common').toBeGreaterThan(v.length / 4);
  });

  it('kills the usual wrong storage within a property run: Int32 wrap, default sort', () => {
    // 100 runs of arrays of 5 draws, as a kata's property would see them.
    const arrays = draws(fc.array(safeIntegers(), { minLength: 2, maxLength: 5 }), 3, 100);
    expect(arrays.some((a) => a.some((x) => (x | 0) !== x)), 'some value does not survive Int32 storage').toBe(true);
    const numeric = (a: number[]) => [...a].sort((x, y) => x - y);
    expect(arrays.some((a) => JSON.stringify([...a].sort()) !== JSON.stringify(numeric(a))), 'some array sorts differently as strings').toBe(true);
  });

  it('refuses bounds that are not safe integers or are upside down', () => {
    expect(() => safeIntegers({ min: 2, max: 1 })).toThrow(/min 2 is above max 1/);
    expect(() => safeIntegers({ min: 0.5 })).toThrow(/safe integers/);
  });

  it('naturals leave out negative values and −0 unless asked', () => {
    const v = draws(naturals());
    expect(v.every((x) => x >= 0 && !Object.is(x, -0))).toBe(true);
    expect(has(v, 2 ** 31)).toBe(true);
    expect(has(draws(naturals(10, { negativeZero: true })), -0)).toBe(true);
  });
});

describe('finiteNumbers', () => {
  it('stays finite and within its range', () => {
    for (const [min, max] of [[-1, 1], [0, 1e9], [-0.5, 0.5]] as const) {
      for (const v of draws(finiteNumbers({ min, max }))) expect(Number.isFinite(v) && v >= min && v <= max, `${v} in [${min}, ${max}]`).toBe(true);
    }
    expect(draws(finiteNumbers()).every(Number.isFinite)).toBe(true);
  });

  it('draws fractions, subnormals, huge magnitudes and −0', () => {
    const v = draws(finiteNumbers());
    expect(v.some((x) => !Number.isInteger(x)), 'a fraction').toBe(true);
    expect(has(v, Number.MIN_VALUE), 'the smallest subnormal').toBe(true);
    expect(v.some((x) => Math.abs(x) >= 1e300), 'a huge magnitude').toBe(true);
    expect(has(v, -0), '-0').toBe(true);
    expect(draws(finiteNumbers({ negativeZero: false })).some((x) => Object.is(x, -0)), 'no -0 when asked').toBe(false);
  });
});

describe('keys and nodeNames', () => {
  it('draw the names an object literal gets wrong, the empty string and lone surrogates', () => {
    const v = draws(keys());
    for (const k of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) expect(v, `draws ${JSON.stringify(k)}`).toContain(k);
    expect(v.some((k) => !isWellFormed(k)), 'a lone surrogate').toBe(true);
  });

  it('repeat keys, so a property sees the same key twice', () => {
    const arrays = draws(fc.array(keys(), { minLength: 4, maxLength: 8 }), 5, 100);
    expect(arrays.filter((a) => new Set(a).size < a.length).length).toBeGreaterThan(20);
  });

  it('honour nonEmpty, wellFormed and maxLength', () => {
    const v = draws(keys({ nonEmpty: true, wellFormed: true, maxLength: 4 }));
    expect(v.every((k) => k.length >= 1 && isWellFormed(k))).toBe(true);
    const edges = new Set(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length', 'a\uDC00b']);
    expect(draws(keys({ maxLength: 2 })).filter((k) => !edges.has(k)).every((k) => [...k].length <= 2), 'at most 2 code points').toBe(true);
    expect(draws(nodeNames())).not.toContain('');
  });
});

describe('normaliseZeros', () => {
  it('turns every −0 into 0, inside arrays and plain objects, and leaves the rest alone', () => {
    const out = normaliseZeros({ a: [-0, 1, [-0]], b: -0, c: 'x' });
    expect(out).toEqual({ a: [0, 1, [0]], b: 0, c: 'x' });
    expect(Object.is(normaliseZeros(-0), 0)).toBe(true);
    expect(normaliseZeros([NaN, -1])).toEqual([NaN, -1]);
  });
});

describe('domainSentence and arbitraryOf', () => {
  it('states each kind of entry in the words lint looks for in the README', () => {
    expect(domainSentence('nums', { kind: 'integer' })).toBe('Every value of `nums` is a safe integer: any integer from −(2^53 − 1) to 2^53 − 1.');
    expect(domainSentence('nums', { kind: 'integer', min: 0 })).toBe('Every value of `nums` is a non-negative safe integer: any integer from 0 to 2^53 − 1.');
    expect(domainSentence('candidates', { kind: 'integer', min: 1, max: 1000 })).toBe('Every value of `candidates` is an integer from 1 to 1000.');
    expect(domainSentence('k', { kind: 'integer', min: -100000, max: 1000000 })).toBe('Every value of `k` is an integer from −10^5 to 10^6.');
    expect(domainSentence('w', { kind: 'number', min: 0, max: 1.5 })).toBe('Every value of `w` is a finite number from 0 to 1.5, fractions included.');
    expect(domainSentence('key', { kind: 'string', nonEmpty: true })).toMatch(/^Every value of `key` is a non-empty string of any UTF-16 code units/);
  });

  it('draws within the entry and within a narrowing, never outside', () => {
    const v = draws(numbersOf({ kind: 'integer', min: -3, max: 2 ** 40 }, { max: 10 }));
    expect(v.every((x) => Number.isSafeInteger(x) && x >= -3 && x <= 10)).toBe(true);
    expect(draws(numbersOf({ kind: 'number', min: 0, max: 1 })).every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(draws(stringsOf({ kind: 'string', nonEmpty: true, wellFormed: true })).every((s) => s.length > 0 && isWellFormed(s))).toBe(true);
    expect(() => numbersOf({ kind: 'string' })).toThrow(/string kind/);
    expect(() => stringsOf(undefined)).toThrow(/missing/);
  });
});
