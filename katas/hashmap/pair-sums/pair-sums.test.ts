import { describe, expect } from 'vitest';
import { pairSums } from './pair-sums.ts';
import { deepFreeze, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/**
 * Independent oracle: try every pair of positions, keep each value pair once (keyed by its
 * smaller value, which fixes the larger one), then order numerically by that smaller value.
 */
function allPairSums(amounts: readonly number[], target: number): [number, number][] {
  const bySmaller = new Map<number, number>();
  for (let i = 0; i < amounts.length; i++) {
    for (let j = i + 1; j < amounts.length; j++) {
      if (amounts[i]! + amounts[j]! !== target) continue;
      const a = Math.min(amounts[i]!, amounts[j]!);
      bySmaller.set(a, target - a);
    }
  }
  return [...bySmaller].sort((p, q) => p[0] - q[0]);
}

/**
 * The amounts in order, leaving out each one whose sum with an amount already kept is not a safe
 * integer (the README promises that every sum of two amounts is). A sum past the safe range
 * rounds to at least 2^53 in size, so the check itself is exact.
 */
function withSafePairSums(amounts: readonly number[]): number[] {
  const kept: number[] = [];
  for (const x of amounts) if (kept.every((y) => Math.abs(x + y) <= Number.MAX_SAFE_INTEGER)) kept.push(x);
  return kept;
}

// Small values make repeats, self-pairs (a === b) and "no pair" all common; the range crosses
// zero and spans one- and two-digit numbers, so string-ordered sorts are caught. The whole domain
// comes in too (2^31, 2^32 and the safe range's ends, -0), so 32-bit storage is caught.
const amountArb = fc.oneof(fc.integer({ min: -15, max: 15 }), numbersOf(meta.domain.amounts));
const amountsArb = fc.array(amountArb, { maxLength: 40 }).map(withSafePairSums);
const targetArb = fc.oneof(fc.integer({ min: -30, max: 30 }), numbersOf(meta.domain.target));

describe('pairSums examples', () => {
  it('lists every pair, sorted by the smaller value', () => {
    expect(pairSums([1, 5, 3, 3, 7, -1], 6)).toEqual([[-1, 7], [1, 5], [3, 3]]);
  });
  it('reports a repeated pair of values once', () => {
    expect(pairSums([2, 2, 2, 2], 4)).toEqual([[2, 2]]);
    expect(pairSums([1, 5, 1, 5, 5], 6)).toEqual([[1, 5]]);
  });
  it('does not pair a single occurrence with itself', () => {
    expect(pairSums([3, 4], 6)).toEqual([]);
    expect(pairSums([3], 6)).toEqual([]);
  });
  it('pairs a value with itself when it occurs twice', () => {
    expect(pairSums([3, 4, 3], 6)).toEqual([[3, 3]]);
  });
  it('handles a zero target with negatives, where a lone zero is not a pair', () => {
    expect(pairSums([4, -4, 0, 2, -2], 0)).toEqual([[-4, 4], [-2, 2]]);
  });
  it('sorts numerically, not as strings', () => {
    expect(pairSums([10, 9, -10, -9, 1], 0)).toEqual([[-10, 10], [-9, 9]]);
    expect(pairSums([9, 11, 10, 10, 2, 18], 20)).toEqual([[2, 18], [9, 11], [10, 10]]);
  });
  it('pairs two zeros for a zero target', () => {
    expect(pairSums([0, 0], 0)).toEqual([[0, 0]]);
  });
  it('handles amounts past 2^31 and 2^32', () => {
    expect(pairSums([2147483648, -1, 0], 2147483648)).toEqual([[0, 2147483648]]);
    expect(pairSums([4294967296, 4294967296, 1], 8589934592)).toEqual([[4294967296, 4294967296]]);
    expect(pairSums([9007199254740991, -9007199254740991, 0], 0)).toEqual([[-9007199254740991, 9007199254740991]]);
  });
  it('returns [] when no pair reaches the target', () => {
    expect(pairSums([1, 2, 3], 100)).toEqual([]);
  });
  it('returns [] for an empty array', () => {
    expect(pairSums([], 5)).toEqual([]);
  });
});

describe('pairSums properties', () => {
  it.prop([amountsArb, targetArb])('returns exactly the distinct value pairs, each once, sorted by a', (amounts, target) => {
    // 0 and -0 are one amount; the sign of a zero in the result is not part of the contract.
    expect(normaliseZeros(pairSums(amounts, target))).toEqual(normaliseZeros(allPairSums(amounts, target)));
  });

  it.prop([
    amountsArb.filter((amounts) => amounts.length >= 2),
    fc.nat(),
    fc.nat(),
  ])('includes a pair planted at two random positions', (amounts, x, y) => {
    const i = x % amounts.length;
    const j = (i + 1 + (y % (amounts.length - 1))) % amounts.length;
    const a = Math.min(amounts[i]!, amounts[j]!);
    const b = Math.max(amounts[i]!, amounts[j]!);
    const result = normaliseZeros(pairSums(amounts, a + b));
    expect(result, `the pair [${a}, ${b}] from positions ${i} and ${j}`).toContainEqual(normaliseZeros([a, b]));
    for (const [p, q] of result) {
      expect(p, 'a <= b in every pair').toBeLessThanOrEqual(q);
      expect(p + q === a + b, `every pair reaches the target: ${p} + ${q}`).toBe(true);
    }
  });

  it.prop([amountsArb, targetArb])('does not modify its input', (amounts, target) => {
    const before = [...amounts];
    pairSums(deepFreeze(amounts), target);
    expect(amounts).toEqual(before);
  });
});
