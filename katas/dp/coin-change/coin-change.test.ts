import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import { minCoins } from './coin-change.ts';
import meta from './meta.ts';

/**
 * Independent oracle: breadth-first search over the sums reachable with 1, 2, 3, … coins. The
 * first level that contains `amount` is the fewest coins; sums above `amount` are dropped.
 */
function fewestByBreadthFirst(coins: readonly number[], amount: number): number {
  let level = new Set([0]);
  const seen = new Set([0]);
  for (let count = 0; level.size > 0; count++) {
    if (level.has(amount)) return count;
    const next = new Set<number>();
    for (const sum of level) {
      for (const coin of coins) {
        const grown = sum + coin;
        if (grown <= amount && !seen.has(grown)) {
          seen.add(grown);
          next.add(grown);
        }
      }
    }
    level = next;
  }
  return -1;
}

/**
 * The largest amount a plain recursion without memo (a correct first answer, slow but not wrong)
 * pays within about 10^5 calls and 1000 nested calls for these coins: it makes
 * calls(a) = 1 + Σ calls(a − c) over the coins c <= a, duplicates included, and nests a / c calls
 * for the smallest coin c. A single coin of 1 allows 1000, 1 and 2 about 24, coins of 500 and
 * more any amount up to 10^4.
 */
function amountCap(coins: readonly number[]): number {
  const LIMIT = 100_000;
  const max = Math.min(meta.domain.amount.max, 1000 * Math.min(...coins));
  const calls: number[] = [];
  for (let a = 0; a <= max; a++) {
    let total = 1;
    for (const c of coins) if (c <= a) total += calls[a - c]!;
    if (total > LIMIT) return a - 1;
    calls.push(total);
  }
  return max;
}

// Few denominations from the whole domain (1..10^4: 2 against 10, 9 against 100), small ones
// common, so impossible amounts and greedy traps are common; amounts up to amountCap.
const coinsArb = fc.array(numbersOf(meta.domain.coins), { maxLength: 4 });
const casesArb = coinsArb.chain((coins) => fc.tuple(fc.constant(coins), numbersOf(meta.domain.amount, { max: amountCap(coins) })));

describe('minCoins examples', () => {
  it('pays 11 with three coins from [1, 2, 5]', () => {
    expect(minCoins([1, 2, 5], 11)).toBe(3);
  });
  it('returns -1 when the amount cannot be paid', () => {
    expect(minCoins([2], 3)).toBe(-1);
  });
  it('needs no coins for amount 0', () => {
    expect(minCoins([1], 0)).toBe(0);
    expect(minCoins([], 0), 'even without coins').toBe(0);
  });
  it('returns -1 for a positive amount and no coins', () => {
    expect(minCoins([], 7)).toBe(-1);
  });
  it('pays with a single coin equal to the amount', () => {
    expect(minCoins([7], 7)).toBe(1);
  });
  it('beats taking the largest coin first', () => {
    expect(minCoins([1, 3, 4], 6)).toBe(2);
  });
  it('finds an answer where taking the largest coin first gets stuck', () => {
    expect(minCoins([6, 9, 20], 24)).toBe(3);
  });
  it('returns -1 for 43 with coins [6, 9, 20]', () => {
    expect(minCoins([6, 9, 20], 43)).toBe(-1);
  });
  it('ignores a repeated denomination', () => {
    expect(minCoins([5, 5], 10)).toBe(2);
  });
  it('reuses a coin many times', () => {
    expect(minCoins([3], 15)).toBe(5);
  });
  it('compares denominations as numbers, not as text', () => {
    expect(minCoins([10, 2], 14), '10 + 2 + 2').toBe(3);
    expect(minCoins([10, 2], 2), 'a 10 listed first does not hide the 2').toBe(1);
    expect(minCoins([100, 9], 27)).toBe(3);
  });
  it('pays the largest amount with the largest coin', () => {
    expect(minCoins([9_999, 5_000, 10_000], 10_000)).toBe(1);
    expect(minCoins([9_999], 10_000)).toBe(-1);
  });
  it('ignores coins larger than the amount', () => {
    expect(minCoins([100, 1], 3)).toBe(3);
  });
});

describe('minCoins properties', () => {
  it.prop([casesArb])('matches a breadth-first search over sums of coins', ([list, target]) => {
    expect(minCoins(list, target)).toBe(fewestByBreadthFirst(list, target));
  });

  it.prop([
    fc.array(numbersOf(meta.domain.coins), { minLength: 1, maxLength: 4 }).chain((list) =>
      fc.tuple(fc.constant(list), fc.array(fc.nat(list.length - 1), { maxLength: 6 })),
    ),
  ])('pays a planted sum of coins with at most that many coins', ([list, picks]) => {
    // Picks are added while the sum stays within amountCap.
    const cap = amountCap(list);
    let target = 0;
    let used = 0;
    for (const i of picks) {
      if (target + list[i]! > cap) continue;
      target += list[i]!;
      used++;
    }
    const answer = minCoins(list, target);
    expect(answer, `${target} is the sum of ${used} coins from ${JSON.stringify(list)}`).toBeGreaterThanOrEqual(0);
    expect(answer).toBeLessThanOrEqual(used);
  });

  it.prop([casesArb])('does not depend on the order of the coins', ([list, target]) => {
    expect(minCoins([...list].reverse(), target)).toBe(minCoins(list, target));
  });

  it.prop([casesArb])('does not modify its input', ([list, target]) => {
    const before = [...list];
    minCoins(Object.freeze(list) as readonly number[], target);
    expect(list).toEqual(before);
  });
});
