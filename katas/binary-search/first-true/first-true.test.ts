import { describe, expect } from 'vitest';
import { fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { firstTrue } from './first-true.ts';

/** Calls allowed on [lo, hi]: about two per halving of the hi - lo + 2 possible answers. */
function callBound(lo: number, hi: number): number {
  return 2 * Math.ceil(Math.log2(hi - lo + 2)) + 2;
}

/**
 * A predicate that is true from `threshold` on. It records every call and throws (failing the
 * test) when called with anything but an integer in [lo, hi], or more than `limit` times, so a
 * search that wanders off or never ends fails at once instead of hanging.
 */
function probe(lo: number, hi: number, threshold: number, limit: number) {
  const calls: number[] = [];
  const predicate = (x: number): boolean => {
    if (!Number.isInteger(x) || x < lo || x > hi) {
      throw new Error(`predicate called with ${x}: only integers in [${lo}, ${hi}] are allowed`);
    }
    calls.push(x);
    if (calls.length > limit) {
      throw new Error(`predicate called more than ${limit} times on [${lo}, ${hi}]: the target is O(log(hi - lo)) calls`);
    }
    return x >= threshold;
  };
  return { predicate, calls };
}

/** Runs firstTrue on [lo, hi] with the answer planted at `threshold` (hi + 1: never true). */
function search(lo: number, hi: number, threshold: number, limit: number) {
  const p = probe(lo, hi, threshold, limit);
  return { result: firstTrue(lo, hi, p.predicate), calls: p.calls.length };
}

/** A generous limit that only stops runaway loops: one call per candidate, and then some. */
const runaway = (lo: number, hi: number): number => hi - lo + 10;

/**
 * [lo, hi] from the whole domain (the smaller of two draws is lo; edges such as ±2^31, ±2^32 and -0
 * included, and most ranges wide) and a planted threshold in [lo, hi + 1], computed with bigints so
 * any size is exact. The threshold sits a fraction `step / 2^20` of the way along the range: it
 * moves steadily towards lo as fast-check shrinks `step`. (An earlier `c % (hi - lo + 2)` jumped
 * about while shrinking, which kept a failing case shrinking for the full time limit.)
 */
const STEPS = 2n ** 20n;
const rangeWithThreshold = fc
  .tuple(numbersOf(meta.domain.lo), numbersOf(meta.domain.hi), fc.bigInt({ min: 0n, max: STEPS }))
  .map(([a, b, step]) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const threshold = BigInt(lo) + ((BigInt(hi) - BigInt(lo) + 1n) * step) / STEPS;
    return { lo, hi, threshold: Number(threshold) };
  });

/** Narrow ranges anywhere in the domain (near ±2^31, ±2^32, ±2^51 and 0 too), for the brute force as well. */
const MAX_WIDTH = 60;
const narrowLo = numbersOf(meta.domain.lo, { max: 2 ** 51 - MAX_WIDTH });

/** -0 and 0 are the same integer: the contract does not decide the sign of a zero answer. */
function expectAnswer(result: number, threshold: number): void {
  expect(normaliseZeros(result)).toBe(normaliseZeros(threshold));
}

describe('firstTrue examples', () => {
  it('finds the switch inside the range', () => {
    expect(search(0, 10, 7, runaway(0, 10)).result).toBe(7);
  });
  it('returns lo when the predicate is true everywhere', () => {
    expect(search(0, 10, 0, runaway(0, 10)).result).toBe(0);
  });
  it('returns hi + 1 when the predicate is never true', () => {
    expect(search(0, 10, 11, runaway(0, 10)).result).toBe(11);
  });
  it('finds a switch at the very last position', () => {
    expect(search(0, 10, 10, runaway(0, 10)).result).toBe(10);
  });
  it('handles a range of one integer, true or false', () => {
    expect(search(5, 5, 5, runaway(5, 5)).result, 'true at 5').toBe(5);
    expect(search(5, 5, 6, runaway(5, 5)).result, 'false at 5').toBe(6);
  });
  it('handles narrow ranges past 2^31 and 2^32', () => {
    expect(search(2 ** 31 - 1, 2 ** 31 + 1, 2 ** 31, runaway(2 ** 31 - 1, 2 ** 31 + 1)).result).toBe(2 ** 31);
    expect(search(-(2 ** 32) - 3, -(2 ** 32), -(2 ** 32) - 1, runaway(-(2 ** 32) - 3, -(2 ** 32))).result).toBe(-(2 ** 32) - 1);
  });
  it('handles negative ranges', () => {
    expect(search(-20, -3, -8, runaway(-20, -3)).result).toBe(-8);
    expect(search(-20, -3, -2, runaway(-20, -3)).result, 'never true').toBe(-2);
  });
  it('computes an integer square root, rounded up', () => {
    const calls: number[] = [];
    const result = firstTrue(0, 1000, (x) => {
      calls.push(x);
      return x * x >= 500;
    });
    expect(result).toBe(23);
    expect(calls.every((x) => Number.isInteger(x) && x >= 0 && x <= 1000), 'every call is an integer in [0, 1000]').toBe(true);
  });
});

describe('firstTrue properties', () => {
  it.prop([narrowLo, fc.integer({ min: 0, max: MAX_WIDTH }), fc.nat()])(
    'returns the first true position, calling the predicate only with integers in [lo, hi]',
    (lo, length, seed) => {
      const hi = lo + length;
      const threshold = lo + (seed % (length + 2));
      expectAnswer(search(lo, hi, threshold, runaway(lo, hi)).result, threshold);
    },
  );
});

/**
 * The target bound itself: O(log(hi - lo)) predicate calls. A brute force that tries every x is
 * correct but exempt from these by design (`kata dev lint` skips a "complexity contract" block for
 * brute forces only); every other implementation must pass them.
 */
describe('firstTrue complexity contract', () => {
  it('searches a range of 2^50 integers in at most about 2·log2 calls', () => {
    const hi = 2 ** 50;
    const { result, calls } = search(0, hi, 2 ** 49 + 3, callBound(0, hi));
    expect(result).toBe(2 ** 49 + 3);
    expect(calls, 'predicate calls').toBeLessThanOrEqual(callBound(0, hi));
  });
  it('handles the widest allowed range, -2^51 to 2^51, including "never true"', () => {
    const lo = -(2 ** 51);
    const hi = 2 ** 51;
    expect(search(lo, hi, -12345, callBound(lo, hi)).result).toBe(-12345);
    expect(search(lo, hi, lo, callBound(lo, hi)).result, 'true everywhere').toBe(lo);
    expect(search(lo, hi, hi + 1, callBound(lo, hi)).result, 'never true').toBe(hi + 1);
  });

  it.prop([fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2_000_000 })), fc.nat()])(
    'calls the predicate at most 2·ceil(log2(hi - lo + 2)) + 2 times',
    (lo, length, seed) => {
      const hi = lo + length;
      const threshold = lo + (seed % (length + 2));
      const { result, calls } = search(lo, hi, threshold, callBound(lo, hi));
      expect(result).toBe(threshold);
      expect(calls, 'predicate calls').toBeLessThanOrEqual(callBound(lo, hi));
    },
  );

  it.prop([rangeWithThreshold])(
    'finds the switch in any range of the domain, up to 2^52 wide, with O(log) calls',
    ({ lo, hi, threshold }) => {
      const { result, calls } = search(lo, hi, threshold, callBound(lo, hi));
      expectAnswer(result, threshold);
      expect(calls, 'predicate calls').toBeLessThanOrEqual(callBound(lo, hi));
    },
  );
});
