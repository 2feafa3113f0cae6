import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { minCoins } from './coin-change.ts';

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

// Few, small denominations against small amounts: impossible amounts and greedy traps are common.
const coins = fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 });
const amount = fc.integer({ min: 0, max: 18 });

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
  it('ignores coins larger than the amount', () => {
    expect(minCoins([100, 1], 3)).toBe(3);
  });
});

describe('minCoins properties', () => {
  it.prop([coins, amount])('matches a breadth-first search over sums of coins', (list, target) => {
    expect(minCoins(list, target)).toBe(fewestByBreadthFirst(list, target));
  });

  it.prop([
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }).chain((list) =>
      fc.tuple(fc.constant(list), fc.array(fc.nat(list.length - 1), { maxLength: 3 })),
    ),
  ])('pays a planted sum of coins with at most that many coins', ([list, picks]) => {
    const target = picks.reduce((sum, i) => sum + list[i]!, 0);
    const answer = minCoins(list, target);
    expect(answer, `${target} is the sum of ${picks.length} coins from ${JSON.stringify(list)}`).toBeGreaterThanOrEqual(0);
    expect(answer).toBeLessThanOrEqual(picks.length);
  });

  it.prop([coins, amount])('does not depend on the order of the coins', (list, target) => {
    expect(minCoins([...list].reverse(), target)).toBe(minCoins(list, target));
  });

  it.prop([coins, amount])('does not modify its input', (list, target) => {
    const before = [...list];
    minCoins(Object.freeze(list) as readonly number[], target);
    expect(list).toEqual(before);
  });
});
