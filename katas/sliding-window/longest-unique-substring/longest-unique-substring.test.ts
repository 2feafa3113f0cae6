import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';
import { longestUniqueSubstring } from './longest-unique-substring.ts';

/**
 * Independent oracle: from every start, extend while the next code unit is new, and keep the
 * longest such run. (Any repeat-free substring is a prefix of one of these runs.)
 */
function longestRepeatFree(s: string): number {
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const inRun = new Set<number>();
    let j = i;
    while (j < s.length && !inRun.has(s.charCodeAt(j))) inRun.add(s.charCodeAt(j++));
    best = Math.max(best, j - i);
  }
  return best;
}

// A small alphabet makes repeats frequent; the emoji add surrogate pairs, two of them sharing the
// same high surrogate (D83D), so code units and code points give different answers.
const smallString = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'A', '😀', '😁'), maxLength: 24 });
// A wider alphabet gives long repeat-free runs that end at the very end of the string.
const wideString = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), maxLength: 30 });
// The whole domain: any code units (lone surrogates included) and names such as `__proto__`,
// alone or run together so that they repeat.
const domainString = fc.array(stringsOf(meta.domain.s), { maxLength: 4 }).map((parts) => parts.join(''));

describe('longestUniqueSubstring examples', () => {
  it('finds the longest repeat-free run', () => {
    expect(longestUniqueSubstring('abcabcbb')).toBe(3);
    expect(longestUniqueSubstring('pwwkew')).toBe(3);
  });
  it('returns 1 when every character is the same', () => {
    expect(longestUniqueSubstring('bbbbb')).toBe(1);
  });
  it('never moves the left edge backwards to an occurrence already left behind', () => {
    expect(longestUniqueSubstring('abba')).toBe(2);
    expect(longestUniqueSubstring('tmmzuxt')).toBe(5);
  });
  it('restarts just after the earlier copy, not after the repeat', () => {
    expect(longestUniqueSubstring('dvdf')).toBe(3);
  });
  it('counts a run that reaches the end of the string', () => {
    expect(longestUniqueSubstring('abc')).toBe(3);
    expect(longestUniqueSubstring('aab')).toBe(2);
    expect(longestUniqueSubstring('abcddefgh')).toBe(5);
  });
  it('treats upper and lower case as different characters', () => {
    expect(longestUniqueSubstring('aA')).toBe(2);
  });
  it('returns 0 for the empty string and 1 for one character', () => {
    expect(longestUniqueSubstring('')).toBe(0);
    expect(longestUniqueSubstring('x')).toBe(1);
  });
  it('counts lone surrogates and characters outside Latin-1 like any other code unit', () => {
    expect(longestUniqueSubstring('\uDE00a\uD83D\uDE00'), 'DE00 a D83D DE00').toBe(3);
    expect(longestUniqueSubstring('\uFFFF\u0100\uFFFF')).toBe(2);
    expect(longestUniqueSubstring('__proto__constructor'), '"_constru"').toBe(8);
  });
  it('counts UTF-16 code units: an emoji is two, and two emoji can share one', () => {
    expect(longestUniqueSubstring('😀😀'), '"😀😀" is D83D DE00 D83D DE00').toBe(2);
    expect(longestUniqueSubstring('😀😁'), '"😀😁" is D83D DE00 D83D DE01').toBe(3);
    expect(longestUniqueSubstring('a😀b'), '"a😀b" is four distinct code units').toBe(4);
  });
});

describe('longestUniqueSubstring properties', () => {
  it.prop([smallString])('returns the length of the longest repeat-free substring (small alphabet, emoji)', (s) => {
    expect(longestUniqueSubstring(s)).toBe(longestRepeatFree(s));
  });

  it.prop([wideString])('returns the length of the longest repeat-free substring (wide alphabet)', (s) => {
    expect(longestUniqueSubstring(s)).toBe(longestRepeatFree(s));
  });

  it.prop([domainString])('returns the length of the longest repeat-free substring (any code units)', (s) => {
    expect(longestUniqueSubstring(s)).toBe(longestRepeatFree(s));
  });

  it.prop([
    fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnop'.split('')), { minLength: 1, maxLength: 16 }),
    smallString,
    smallString,
  ])('finds a planted run of distinct letters between repeats', (letters, before, after) => {
    const run = letters.join('');
    // Fence the run with its own first and last letter so it cannot grow sideways.
    const s = `${before}${letters[letters.length - 1]}${run}${letters[0]}${after}`;
    expect(longestUniqueSubstring(s), `s contains ${JSON.stringify(run)}`).toBeGreaterThanOrEqual(run.length);
    expect(longestUniqueSubstring(s)).toBe(longestRepeatFree(s));
  });
});
