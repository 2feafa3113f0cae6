import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { templateKata } from './template-kata.ts';

/** Independent oracle: count values not seen earlier in the array (NaN equals NaN). */
function distinctByHand(values: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    let seen = false;
    for (let j = 0; j < i; j++) if (Object.is(values[i], values[j]) || values[i] === values[j]) seen = true;
    if (!seen) count++;
  }
  return count;
}

describe('templateKata examples', () => {
  it('counts nothing in an empty array', () => {
    expect(templateKata([])).toBe(0);
  });
  it('counts one value once', () => {
    expect(templateKata([7])).toBe(1);
  });
  it('counts repeated values once each', () => {
    expect(templateKata([3, 1, 3, 2, 1])).toBe(3);
  });
  it('counts NaN once', () => {
    expect(templateKata([NaN, NaN])).toBe(1);
  });
});

// The whole domain of meta.ts (huge, tiny, fractional, -0), plus NaN, which the README allows.
const values = fc.array(fc.oneof(numbersOf(meta.domain.values), fc.constant(NaN)), { maxLength: 40 });

describe('templateKata properties', () => {
  it.prop([values])('matches a count by hand', (values) => {
    expect(templateKata(values)).toBe(distinctByHand(values));
  });
  it.prop([values])('does not modify its input', (values) => {
    const before = [...values];
    templateKata(Object.freeze(values));
    expect(values).toEqual(before);
  });
});
