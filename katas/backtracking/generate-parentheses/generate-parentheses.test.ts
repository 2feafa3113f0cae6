import { describe, expect } from 'vitest';
import { it, numbersOf } from '#kit/testing';
import { generateParentheses } from './generate-parentheses.ts';
import meta from './meta.ts';

/** The defining condition: only `(` and `)`, no prefix below zero, equal counts at the end. */
function isBalanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else return false;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Catalan numbers by their recurrence C(k+1) = Σ C(i)·C(k-i). */
function catalan(n: number): number {
  const c = [1];
  for (let k = 1; k <= n; k++) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += c[i]! * c[k - 1 - i]!;
    c.push(sum);
  }
  return c[n]!;
}

/** Independent oracle for small n: all 2²ⁿ strings of `(` and `)`, filtered. */
function allBalanced(n: number): string[] {
  const found: string[] = [];
  for (let m = 0; m < 2 ** (2 * n); m++) {
    let s = '';
    for (let i = 0; i < 2 * n; i++) s += (m >> i) & 1 ? '(' : ')';
    if (isBalanced(s)) found.push(s);
  }
  return found.sort();
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('generateParentheses examples', () => {
  it('returns only the empty string for zero pairs', () => {
    expect(generateParentheses(0)).toEqual(['']);
  });
  it('returns one string for one pair', () => {
    expect(generateParentheses(1)).toEqual(['()']);
  });
  it('returns both strings for two pairs', () => {
    expect(sorted(generateParentheses(2))).toEqual(['(())', '()()']);
  });
  it('returns all five strings for three pairs', () => {
    expect(sorted(generateParentheses(3))).toEqual(['((()))', '(()())', '(())()', '()(())', '()()()']);
  });
  it('returns 14 strings for four pairs, including two side-by-side nested pairs', () => {
    const result = generateParentheses(4);
    expect(result).toHaveLength(14);
    expect(result, 'a string that is not a wrapped or extended 3-pair string').toContain('(())(())');
    expect(result).toContain('()((()))');
  });
});

describe('generateParentheses properties', () => {
  // n has few values, so a few dozen runs cover them all. The domain goes to 12; up to 8 (and 6
  // for the 2²ⁿ oracle) keeps the run short, the examples and the bench cover the rest.
  it.prop([numbersOf(meta.domain.n, { max: 8 })], { numRuns: 40 })('returns only balanced strings of length 2n', (n) => {
    const wrong = generateParentheses(n).filter((s) => typeof s !== 'string' || s.length !== 2 * n || !isBalanced(s));
    expect(wrong, `strings that are not balanced strings of ${n} pairs`).toEqual([]);
  });

  it.prop([numbersOf(meta.domain.n, { max: 8 })], { numRuns: 40 })('returns Catalan(n) distinct strings', (n) => {
    const result = generateParentheses(n);
    expect(new Set(result).size, 'distinct strings').toBe(result.length);
    expect(result.length, `number of balanced strings of ${n} pairs`).toBe(catalan(n));
  });

  it.prop([numbersOf(meta.domain.n, { max: 6 })], { numRuns: 40 })('returns the same strings as filtering every string of ( and )', (n) => {
    expect(sorted(generateParentheses(n))).toEqual(allBalanced(n));
  });
});
