import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import { knapsack } from './knapsack.ts';
import meta from './meta.ts';

type Item = { weight: number; value: number };

const item = (weight: number, value: number): Item => ({ weight, value });

/** Independent oracle: try every subset as a bit mask and keep the best one that fits. */
function bestByEnumeration(items: readonly Item[], capacity: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    let weight = 0;
    let value = 0;
    for (let i = 0; i < items.length; i++) {
      if (mask & (1 << i)) {
        weight += items[i]!.weight;
        value += items[i]!.value;
      }
    }
    if (weight <= capacity && value > best) best = value;
  }
  return best;
}

/**
 * Lowers numbers (each at least `floor`) so that their total is a safe integer, as the README
 * requires of the weights and of the values: each keeps what room is left, so the total can land
 * exactly on 2^53 − 1.
 */
function withSafeTotal(xs: readonly number[], floor: number): number[] {
  let room = Number.MAX_SAFE_INTEGER - floor * xs.length;
  return xs.map((x) => {
    const extra = Math.min(x - floor, room);
    room -= extra;
    return floor + extra;
  });
}

/** Up to 10 items over the whole domain (values past 2^31 and up to 2^53 − 1), totals kept safe; small numbers stay common, so exact fits, items too heavy and ties are all common. */
function itemsOf(weight: fc.Arbitrary<number>): fc.Arbitrary<Item[]> {
  return fc.array(fc.record({ weight, value: numbersOf(meta.domain.value) }), { maxLength: 10 }).map((list) => {
    const weights = withSafeTotal(list.map((x) => x.weight), 1);
    const values = withSafeTotal(list.map((x) => x.value), 0);
    return list.map((_, i) => item(weights[i]!, values[i]!));
  });
}
const items = itemsOf(numbersOf(meta.domain.weight));
const capacity = numbersOf(meta.domain.capacity);

describe('knapsack examples', () => {
  it('returns 0 with no items', () => {
    expect(knapsack([], 10)).toBe(0);
  });
  it('returns 0 when the capacity is 0', () => {
    expect(knapsack([item(1, 5)], 0)).toBe(0);
  });
  it('takes an item whose weight equals the capacity', () => {
    expect(knapsack([item(5, 10)], 5)).toBe(10);
  });
  it('leaves an item that is too heavy', () => {
    expect(knapsack([item(6, 10)], 5)).toBe(0);
  });
  it('takes each item at most once, even when there is room for more copies', () => {
    expect(knapsack([item(2, 3)], 10)).toBe(3);
  });
  it('finds the best pair in a small textbook case', () => {
    expect(knapsack([item(1, 1), item(3, 4), item(4, 5), item(5, 7)], 7)).toBe(9);
  });
  it('beats the greedy choice by value per weight', () => {
    expect(knapsack([item(10, 60), item(20, 100), item(30, 120)], 50)).toBe(220);
  });
  it('beats the greedy choice by value', () => {
    expect(knapsack([item(5, 10), item(3, 7), item(3, 7)], 6)).toBe(14);
  });
  it('takes two identical items separately', () => {
    expect(knapsack([item(3, 5), item(3, 5)], 6)).toBe(10);
  });
  it('counts items without value as nothing', () => {
    expect(knapsack([item(1, 0), item(2, 0)], 3)).toBe(0);
  });
  it('adds values past 32 bits exactly, up to 2^53 − 1', () => {
    expect(knapsack([item(1, 2 ** 31), item(1, 2 ** 31)], 2)).toBe(2 ** 32);
    // The three values add up to 2^53 − 1, the most the README allows.
    const large = [item(3, 2 ** 53 - 2 - 2 ** 40), item(1, 1), item(2, 2 ** 40)];
    expect(knapsack(large, 6), 'all three').toBe(2 ** 53 - 1);
    expect(knapsack(large, 5), 'the first and the last').toBe(2 ** 53 - 2);
  });
  it('handles the heaviest item and the largest capacity', () => {
    expect(knapsack([item(2 ** 53 - 1, 5)], 100_000), 'too heavy for any bag').toBe(0);
    expect(knapsack([item(100_000, 1)], 100_000), 'fills the largest bag exactly').toBe(1);
  });
  it('uses the last item of the list too', () => {
    expect(knapsack([item(4, 1), item(4, 2), item(4, 9)], 4)).toBe(9);
  });
});

describe('knapsack properties', () => {
  it.prop([items, capacity])('matches the best subset found by trying them all', (list, cap) => {
    expect(knapsack(list, cap)).toBe(bestByEnumeration(list, cap));
  });

  it.prop([items, numbersOf(meta.domain.capacity, { max: meta.domain.capacity.max - 1 })])('never gets worse when the capacity grows by one', (list, cap) => {
    expect(knapsack(list, cap + 1)).toBeGreaterThanOrEqual(knapsack(list, cap));
  });

  it.prop([items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), capacity])(
    'does not depend on the order of the items',
    ([list, shuffled], cap) => {
      expect(knapsack(shuffled, cap)).toBe(knapsack(list, cap));
    },
  );

  // Weights up to 10^4, so that 10 of them fit in the largest capacity, 10^5.
  it.prop([itemsOf(numbersOf(meta.domain.weight, { max: 10_000 }))])('takes everything when everything fits', (list) => {
    const totalWeight = list.reduce((sum, x) => sum + x.weight, 0);
    const totalValue = list.reduce((sum, x) => sum + x.value, 0);
    expect(knapsack(list, totalWeight)).toBe(totalValue);
  });

  it.prop([items, capacity])('does not modify its input', (list, cap) => {
    const before = list.map((x) => ({ ...x }));
    for (const x of list) Object.freeze(x);
    knapsack(Object.freeze(list) as readonly Item[], cap);
    expect(list).toEqual(before);
  });
});
