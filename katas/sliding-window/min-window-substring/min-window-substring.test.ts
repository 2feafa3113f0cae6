import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';
import { minWindowSubstring } from './min-window-substring.ts';

/** Code unit -> count. */
function countUnits(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) counts.set(text.charCodeAt(i), (counts.get(text.charCodeAt(i)) ?? 0) + 1);
  return counts;
}

/** True when `window` holds every code unit of `t` at least as often as `t` does. */
function covers(window: string, t: string): boolean {
  const have = countUnits(window);
  for (const [unit, needed] of countUnits(t)) if ((have.get(unit) ?? 0) < needed) return false;
  return true;
}

/** Independent oracle: try lengths from short to long, starts from left to right. */
function leftmostShortestWindow(s: string, t: string): string {
  if (t.length === 0) return '';
  for (let length = t.length; length <= s.length; length++) {
    for (let start = 0; start + length <= s.length; start++) {
      if (covers(s.slice(start, start + length), t)) return s.slice(start, start + length);
    }
  }
  return '';
}

// A small alphabet, upper and lower case, and two emoji sharing their high surrogate (D83D):
// covering windows, ties between equally short windows, and "no window" are all common.
const unitArb = fc.constantFrom('a', 'b', 'c', 'A', '😀', '😁');
const sArb = fc.string({ unit: unitArb, maxLength: 16 });
const tArb = fc.string({ unit: unitArb, maxLength: 4 });
// t made of code units picked from distinct positions of s (lone surrogates included), so a
// covering window always exists.
const sAndPlantedT = fc
  .string({ unit: unitArb, minLength: 1, maxLength: 16 })
  .chain((s) =>
    fc.tuple(fc.constant(s), fc.uniqueArray(fc.integer({ min: 0, max: s.length - 1 }), { minLength: 1, maxLength: 5 })),
  )
  .map(([s, positions]) => [s, positions.map((i) => s[i]!).join('')] as const);
// The whole domain: any code units (lone surrogates, characters past Latin-1) and names such as
// `__proto__`, run together so that they repeat; t is drawn from the domain, or planted in s.
const domainS = fc.array(stringsOf(meta.domain.s), { maxLength: 3 }).map((parts) => parts.join(''));
const domainT = stringsOf(meta.domain.t, { maxLength: 3 });
const domainSAndPlantedT = domainS
  .filter((s) => s.length > 0)
  .chain((s) => fc.tuple(fc.constant(s), fc.uniqueArray(fc.integer({ min: 0, max: s.length - 1 }), { minLength: 1, maxLength: 5 })))
  .map(([s, positions]) => [s, positions.map((i) => s[i]!).join('')] as const);

describe('minWindowSubstring examples', () => {
  it('finds the shortest window containing every character of t', () => {
    expect(minWindowSubstring('ADOBECODEBANC', 'ABC')).toBe('BANC');
  });
  it('returns s itself when s is exactly the window', () => {
    expect(minWindowSubstring('a', 'a')).toBe('a');
    expect(minWindowSubstring('cab', 'abc')).toBe('cab');
  });
  it('counts characters with multiplicity', () => {
    expect(minWindowSubstring('a', 'aa')).toBe('');
    expect(minWindowSubstring('abab', 'aa')).toBe('aba');
    expect(minWindowSubstring('aabcab', 'aab')).toBe('aab');
  });
  it('returns the leftmost of equally short windows', () => {
    expect(minWindowSubstring('baab', 'ab')).toBe('ba');
    expect(minWindowSubstring('aXbYa', 'ab')).toBe('aXb');
  });
  it('treats upper and lower case as different characters', () => {
    expect(minWindowSubstring('aA', 'A')).toBe('A');
    expect(minWindowSubstring('abc', 'B')).toBe('');
  });
  it('returns "" when no window covers t', () => {
    expect(minWindowSubstring('xyz', 'q')).toBe('');
    expect(minWindowSubstring('ab', 'abc')).toBe('');
  });
  it('returns "" for an empty t or an empty s', () => {
    expect(minWindowSubstring('abc', '')).toBe('');
    expect(minWindowSubstring('', '')).toBe('');
    expect(minWindowSubstring('', 'a')).toBe('');
  });
  it('treats lone surrogates, characters past Latin-1 and names like any other code units', () => {
    expect(minWindowSubstring('\uFFFFa\u0100\uFFFF', '\uFFFF\u0100')).toBe('\u0100\uFFFF');
    expect(minWindowSubstring('__proto__', 'o_')).toBe('o_');
    expect(minWindowSubstring('constructor', 'constructor')).toBe('constructor');
  });
  it('counts UTF-16 code units: two emoji can share one', () => {
    expect(minWindowSubstring('😀😁', '\uD83D\uD83D'), 'D83D DE00 D83D: both high surrogates are needed').toBe('😀\uD83D');
    expect(minWindowSubstring('x😀y', '😀')).toBe('😀');
    expect(minWindowSubstring('😀a😁', '\uDE01a'), 'a window of code units a, D83D, DE01').toBe('a😁');
    expect(minWindowSubstring('😀a😁', '\uDE00a'), 'a window that starts mid-pair: DE00, a').toBe('\uDE00a');
  });
});

describe('minWindowSubstring properties', () => {
  it.prop([sArb, tArb])('returns the leftmost shortest window covering t, or ""', (s, t) => {
    const window = minWindowSubstring(s, t);
    const expected = leftmostShortestWindow(s, t);
    expect(window, `got ${JSON.stringify(window)}, expected ${JSON.stringify(expected)} (escaped)`).toBe(expected);
  });

  it.prop([sAndPlantedT])('finds a window when t is drawn from s, and it is the leftmost shortest', ([s, t]) => {
    const window = minWindowSubstring(s, t);
    expect(covers(window, t), `${JSON.stringify(window)} covers ${JSON.stringify(t)}`).toBe(true);
    expect(s.includes(window), 'the window is a substring of s').toBe(true);
    const expected = leftmostShortestWindow(s, t);
    expect(window, `got ${JSON.stringify(window)}, expected ${JSON.stringify(expected)} (escaped)`).toBe(expected);
  });

  it.prop([domainS, domainT])('returns the leftmost shortest window covering t, or "" (any code units)', (s, t) => {
    const window = minWindowSubstring(s, t);
    const expected = leftmostShortestWindow(s, t);
    expect(window, `got ${JSON.stringify(window)}, expected ${JSON.stringify(expected)} (escaped)`).toBe(expected);
  });

  it.prop([domainSAndPlantedT])('finds the leftmost shortest window when t is drawn from s (any code units)', ([s, t]) => {
    const window = minWindowSubstring(s, t);
    const expected = leftmostShortestWindow(s, t);
    expect(window, `got ${JSON.stringify(window)}, expected ${JSON.stringify(expected)} (escaped)`).toBe(expected);
  });

  it.prop([sArb])('returns "" for an empty t', (s) => {
    expect(minWindowSubstring(s, '')).toBe('');
  });
});
