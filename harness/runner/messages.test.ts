/** Failure messages as the learner reads them: chai's `+0` for positive zero becomes `0`. */
import { describe, expect, it } from 'vitest';
import { plainZeros } from './run-tests.ts';

describe('plainZeros', () => {
  it('writes positive zero as 0 wherever chai prints it as a value', () => {
    expect(plainZeros('expected [ +0, 1 ] to be null')).toBe('expected [ 0, 1 ] to be null');
    expect(plainZeros('expected +0 to be 1')).toBe('expected 0 to be 1');
    expect(plainZeros('{ a: +0, b: [+0] }')).toBe('{ a: 0, b: [0] }');
    expect(plainZeros('+0')).toBe('0');
  });
  it('keeps negative zero, numbers that only contain +0, and text in quotes', () => {
    expect(plainZeros('expected -0 to be +0')).toBe('expected -0 to be 0');
    expect(plainZeros('1e+0 and +0.5 and x+0y')).toBe('1e+0 and +0.5 and x+0y');
    expect(plainZeros('expected "+0" to equal \'+0\'')).toBe('expected "+0" to equal \'+0\'');
  });
});
