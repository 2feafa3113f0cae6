import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { daysUntilWarmer } from './daily-temperatures.ts';

/** Independent oracle: walk forward from every day until it gets warmer. */
function walkForward(temps: readonly number[]): number[] {
  return temps.map((t, i) => {
    for (let j = i + 1; j < temps.length; j++) if (temps[j]! > t) return j - i;
    return 0;
  });
}

// The whole domain (fractions, -0, values past 2^31 and huge magnitudes), with small values common
// enough for equal temperatures and long waits.
const temps = fc.array(numbersOf(meta.domain.temps), { maxLength: 40 });

describe('daysUntilWarmer examples', () => {
  it('counts the days until the next warmer day', () => {
    expect(daysUntilWarmer([73, 74, 75, 71, 69, 72, 76, 73])).toEqual([1, 1, 4, 2, 1, 1, 0, 0]);
  });
  it('answers 1 for every day of a warming streak but the last', () => {
    expect(daysUntilWarmer([30, 40, 50, 60])).toEqual([1, 1, 1, 0]);
  });
  it('answers 0 for every day when it only gets colder', () => {
    expect(daysUntilWarmer([60, 50, 40])).toEqual([0, 0, 0]);
  });
  it('does not count a day of the same temperature as warmer', () => {
    expect(daysUntilWarmer([20, 20, 21])).toEqual([2, 1, 0]);
    expect(daysUntilWarmer([5, 5, 5])).toEqual([0, 0, 0]);
  });
  it('handles negative and fractional temperatures', () => {
    expect(daysUntilWarmer([-5, -10, 0])).toEqual([2, 1, 0]);
    expect(daysUntilWarmer([18.5, 18.4, 18.6])).toEqual([2, 1, 0]);
  });
  it('compares temperatures past 2^31 exactly, and -0 as equal to 0', () => {
    expect(daysUntilWarmer([2 ** 31, 0, 2 ** 31 + 1])).toEqual([2, 1, 0]);
    expect(daysUntilWarmer([0, -0, 0.5])).toEqual([2, 1, 0]);
  });
  it('waits past a run of colder days', () => {
    expect(daysUntilWarmer([10, 3, 2, 1, 11])).toEqual([4, 3, 2, 1, 0]);
  });
  it('returns [0] for one day and [] for none', () => {
    expect(daysUntilWarmer([25])).toEqual([0]);
    expect(daysUntilWarmer([])).toEqual([]);
  });
});

describe('daysUntilWarmer properties', () => {
  it.prop([temps])('agrees with walking forward from every day', (ts) => {
    expect(daysUntilWarmer(ts)).toEqual(walkForward(ts));
  });

  it.prop([temps])('every wait ends on a warmer day, and every day in between is not warmer', (ts) => {
    const result = daysUntilWarmer(ts);
    expect(result, 'one answer per day').toHaveLength(ts.length);
    result.forEach((wait, i) => {
      const end = wait === 0 ? ts.length : i + wait;
      expect(Number.isInteger(wait) && wait >= 0 && end <= ts.length, `result[${i}] = ${wait} stays inside the array`).toBe(true);
      if (wait > 0) expect(ts[end]!, `day ${end} is warmer than day ${i}`).toBeGreaterThan(ts[i]!);
      for (let k = i + 1; k < end; k++) expect(ts[k]!, `day ${k}, before the answer of day ${i}, is not warmer`).toBeLessThanOrEqual(ts[i]!);
    });
  });

  it.prop([temps])('does not modify its input', (ts) => {
    const before = [...ts];
    daysUntilWarmer(Object.freeze(ts) as readonly number[]);
    expect(ts).toEqual(before);
  });
});
