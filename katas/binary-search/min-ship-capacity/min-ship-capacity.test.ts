import { describe, expect } from 'vitest';
import { minShipCapacity } from './min-ship-capacity.ts';
import { expectRangeError, fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** Days the loading rule needs at `capacity`, or Infinity if some package never fits. */
function daysNeeded(weights: readonly number[], capacity: number): number {
  let days = 0;
  let load = capacity; // "the current day is full": the first package opens day 1
  for (const w of weights) {
    if (w > capacity) return Number.POSITIVE_INFINITY;
    if (load + w > capacity) {
      days++;
      load = 0;
    }
    load += w;
  }
  return days;
}

/** The defining conditions: the answer ships in time and one unit less does not. */
function expectLeastCapacity(weights: readonly number[], days: number, answer: number): void {
  expect(Number.isInteger(answer), `the answer ${answer} is an integer`).toBe(true);
  if (weights.length === 0) {
    expect(answer, 'no packages need no capacity').toBe(0);
    return;
  }
  expect(daysNeeded(weights, answer), `days needed at capacity ${answer} (allowed: ${days})`).toBeLessThanOrEqual(days);
  expect(daysNeeded(weights, answer - 1), `days needed at capacity ${answer - 1}, which must not be enough`).toBeGreaterThan(days);
}

// Light packages from the domain, for every solution: a brute force that tries each capacity from
// the heaviest package upward must finish. Heavy ones are in the complexity contract below.
const smallWeights = fc.array(numbersOf(meta.domain.weights, { max: 20 }), { maxLength: 25 });
const smallDays = fc.integer({ min: 1, max: 30 });

const MAX = Number.MAX_SAFE_INTEGER;

/** The README's constraint, checked exactly with bigints: the total weight is a safe integer. */
function totalIsSafe(weights: readonly number[]): boolean {
  return weights.reduce((total, w) => total + BigInt(w), 0n) <= BigInt(MAX);
}

/**
 * Packages of any weight the README allows (past 2^31 and 2^32, up to 2^53 − 1; small ones stay
 * common) whose total is a safe integer: up to 25 packages of at most MAX / count, or a few of any
 * weight, kept when their total is safe.
 */
const heavyWeights = fc.oneof(
  fc.integer({ min: 0, max: 25 }).chain((n) =>
    fc.array(numbersOf(meta.domain.weights, { max: Math.floor(MAX / Math.max(n, 1)) }), { minLength: n, maxLength: n }),
  ),
  fc.array(numbersOf(meta.domain.weights), { maxLength: 6 }).filter(totalIsSafe),
);

describe('minShipCapacity examples', () => {
  it('ships ten packages in five days', () => {
    expect(minShipCapacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toBe(15);
  });
  it('ships six packages in three days', () => {
    expect(minShipCapacity([3, 2, 2, 4, 1, 4], 3)).toBe(6);
  });
  it('may finish early: three days of loads are enough for a four-day deadline', () => {
    expect(minShipCapacity([1, 2, 3, 1, 1], 4)).toBe(3);
  });
  it('needs the total weight when there is one day', () => {
    expect(minShipCapacity([7, 2, 5], 1)).toBe(14);
  });
  it('needs the heaviest package when there is a day per package, or more', () => {
    expect(minShipCapacity([7, 2, 5], 3)).toBe(7);
    expect(minShipCapacity([7, 2, 5], 10)).toBe(7);
  });
  it('lets a day be filled exactly to capacity', () => {
    expect(minShipCapacity([5, 5, 5, 5], 2)).toBe(10);
  });
  it('keeps the packages in order: it does not pair the light ones', () => {
    expect(minShipCapacity([1, 9, 1], 2)).toBe(10);
  });
  it('ships a single package', () => {
    expect(minShipCapacity([4], 1)).toBe(4);
  });
  it('returns 0 when there are no packages', () => {
    expect(minShipCapacity([], 2)).toBe(0);
  });
  it('throws RangeError unless days is a positive integer', () => {
    for (const days of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectRangeError(() => minShipCapacity([1, 2], days), `the error thrown for days = ${days}`);
    }
  });
  it('throws RangeError for bad days even with no packages', () => {
    expectRangeError(() => minShipCapacity([], 0));
  });
  it('handles 5000 packages with a day for each', () => {
    const weights = Array.from({ length: 5000 }, (_, i) => 1 + ((i * 7919) % 500));
    expect(minShipCapacity(weights, 5000)).toBe(500);
  });
});

describe('minShipCapacity properties', () => {
  it.prop([smallWeights, smallDays])(
    'returns a capacity that ships in time while one less does not',
    (weights, days) => {
      expectLeastCapacity(weights, days, minShipCapacity([...weights], days));
    },
  );

  it.prop([fc.array(numbersOf(meta.domain.weights, { max: 100 }), { minLength: 1, maxLength: 100 }), fc.integer({ min: 1, max: 20 })])(
    'finds the least capacity for longer lists of heavier packages',
    (weights, days) => {
      expectLeastCapacity(weights, days, minShipCapacity([...weights], days));
    },
  );

  it.prop([smallWeights.filter((w) => w.length > 0), fc.nat({ max: 10 })])(
    'needs exactly the heaviest package when there are at least as many days as packages',
    (weights, extra) => {
      expect(minShipCapacity([...weights], weights.length + extra)).toBe(Math.max(...weights));
    },
  );

  it.prop([smallWeights])('needs exactly the total weight with one day', (weights) => {
    expect(minShipCapacity([...weights], 1)).toBe(weights.reduce((a, b) => a + b, 0));
  });

  it.prop([smallWeights, fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }))])(
    'throws RangeError whenever days is not a positive integer',
    (weights, days) => {
      expectRangeError(() => minShipCapacity(weights, days), `the error thrown for days = ${days}`);
    },
  );

  it.prop([smallWeights, smallDays])('does not modify its input', (weights, days) => {
    const before = [...weights];
    minShipCapacity(Object.freeze(weights) as readonly number[], days);
    expect(weights).toEqual(before);
  });
});

/**
 * Heavy packages: the least capacity can be anywhere up to 2^53 − 1, so only a search that halves
 * the capacities (O(n log(sum))) finishes. A brute force that tries every capacity is correct but
 * exempt from these by design (`kata dev lint` skips a "complexity contract" block for brute forces
 * only); every other implementation must pass them.
 */
describe('minShipCapacity complexity contract', () => {
  it('ships packages past 2^31 and 2^32 exactly', () => {
    expect(minShipCapacity([2 ** 31 - 1, 1], 1)).toBe(2 ** 31);
    expect(minShipCapacity([2 ** 32, 2 ** 32, 1], 2)).toBe(2 ** 32 + 1);
    expect(minShipCapacity([2 ** 52, 2 ** 52 - 1], 1)).toBe(2 ** 53 - 1);
  });

  it.prop([heavyWeights, smallDays])(
    'returns a capacity that ships in time while one less does not, for packages of any weight',
    (weights, days) => {
      expectLeastCapacity(weights, days, minShipCapacity([...weights], days));
    },
  );

  it.prop([heavyWeights])('needs exactly the total weight with one day, for packages of any weight', (weights) => {
    expect(minShipCapacity([...weights], 1)).toBe(weights.reduce((a, b) => a + b, 0));
  });
});
