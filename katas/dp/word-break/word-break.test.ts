import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { wordBreak } from './word-break.ts';

/** Independent oracle for short strings: try every first piece length, recursively. */
function breakableByEnumeration(s: string, words: readonly string[]): boolean {
  const dictionary = new Set(words);
  const from = (start: number): boolean => {
    if (start === s.length) return true;
    for (let end = start + 1; end <= s.length; end++) {
      if (dictionary.has(s.slice(start, end)) && from(end)) return true;
    }
    return false;
  };
  return from(0);
}

// A two-letter alphabet and short words make both splittable and unsplittable strings common.
const word = fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 1, maxLength: 4 });
const dictionary = fc.array(word, { maxLength: 5 });
const text = fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 12 });

describe('wordBreak examples', () => {
  it('splits a string made of two different words', () => {
    expect(wordBreak('leetcode', ['leet', 'code'])).toBe(true);
  });
  it('reuses a word', () => {
    expect(wordBreak('applepenapple', ['apple', 'pen'])).toBe(true);
  });
  it('rejects a string whose every split leaves a remainder', () => {
    expect(wordBreak('catsandog', ['cats', 'dog', 'sand', 'and', 'cat'])).toBe(false);
  });
  it('accepts the empty string, even with an empty dictionary', () => {
    expect(wordBreak('', [])).toBe(true);
    expect(wordBreak('', ['a'])).toBe(true);
  });
  it('rejects a non-empty string with an empty dictionary', () => {
    expect(wordBreak('a', [])).toBe(false);
  });
  it('backtracks when taking the longest word first leads to a dead end', () => {
    expect(wordBreak('aaab', ['aaa', 'aa', 'ab'])).toBe(true);
  });
  it('backtracks when taking the shortest word first leads to a dead end', () => {
    expect(wordBreak('abc', ['a', 'ab', 'c', 'bd'])).toBe(true);
  });
  it('rejects a string ending in a character no word has', () => {
    expect(wordBreak('aaaaaaab', ['a', 'aa', 'aaa'])).toBe(false);
  });
  it('needs the last word to end exactly at the end of the string', () => {
    expect(wordBreak('abab', ['ab'])).toBe(true);
    expect(wordBreak('aba', ['ab'])).toBe(false);
  });
  it('compares characters exactly, case included', () => {
    expect(wordBreak('Apple', ['apple'])).toBe(false);
  });
  it('copes with a word longer than the string and with duplicate words', () => {
    expect(wordBreak('ab', ['abc', 'ab', 'ab'])).toBe(true);
  });
  it('handles a long string made of one repeated word', () => {
    expect(wordBreak('ab'.repeat(1000), ['ab'])).toBe(true);
  });
  it('rejects a moderately long "aaa…ab" without a word for the b', () => {
    expect(wordBreak('a'.repeat(25) + 'b', ['a', 'aa'])).toBe(false);
  });
});

describe('wordBreak properties', () => {
  it.prop([text, dictionary])('agrees with trying every split of short strings', (s, words) => {
    expect(wordBreak(s, words)).toBe(breakableByEnumeration(s, words));
  });

  it.prop([fc.array(word, { minLength: 1, maxLength: 5 }).chain((words) => fc.tuple(fc.constant(words), fc.array(fc.nat(words.length - 1), { maxLength: 6 })))])(
    'accepts any concatenation of dictionary words',
    ([words, picks]) => {
      const s = picks.map((i) => words[i]!).join('');
      expect(wordBreak(s, words), `"${s}" is built from ${JSON.stringify(words)}`).toBe(true);
    },
  );

  it.prop([text, dictionary, fc.nat()])('rejects a string that contains a character no word has', (s, words, at) => {
    const position = at % (s.length + 1);
    expect(wordBreak(s.slice(0, position) + 'c' + s.slice(position), words)).toBe(false);
  });

  it.prop([text, dictionary])('does not modify its input', (s, words) => {
    const before = [...words];
    wordBreak(s, Object.freeze(words) as readonly string[]);
    expect(words).toEqual(before);
  });
});
