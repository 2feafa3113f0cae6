import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';
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

/**
 * Two code units taken from strings of the domain (letters, `_`, lone surrogates, the two halves
 * of `😀`): strings and words over them make both splittable and unsplittable strings common.
 */
const lettersArb = fc.array(stringsOf(meta.domain.s, { maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((strings) => {
  const units = [...new Set(strings.join('').split(''))].slice(0, 2);
  return units.length > 0 ? units : ['a', 'b'];
});

/** Words: over the case's two letters, or any non-empty string of the domain (`__proto__`, `constructor`, `😀`…). */
const wordOf = (letters: readonly string[]) =>
  fc.oneof(fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 4 }), stringsOf(meta.domain.words, { maxLength: 4 }));
/** Texts: over the case's two letters, or any string of the domain. */
const textOf = (letters: readonly string[]) =>
  fc.oneof(fc.string({ unit: fc.constantFrom(...letters), maxLength: 12 }), stringsOf(meta.domain.s, { maxLength: 12 }));

const textAndDictionary = lettersArb.chain((letters) => fc.tuple(textOf(letters), fc.array(wordOf(letters), { maxLength: 5 })));

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
  it('treats strings named like object properties as any others', () => {
    expect(wordBreak('constructor', []), 'no words at all').toBe(false);
    expect(wordBreak('constructor', ['con', 'struct']), '"or" is left over').toBe(false);
    expect(wordBreak('__proto__toString', ['__proto__', 'toString'])).toBe(true);
    expect(wordBreak('hasOwnProperty', ['has', 'Own'])).toBe(false);
  });
  it('compares UTF-16 code units, so the halves of 😀 are two characters', () => {
    expect(wordBreak('😀', ['\uD83D', '\uDE00']), 'one half, then the other').toBe(true);
    expect(wordBreak('😀😀', ['😀']), 'the pair, twice').toBe(true);
    expect(wordBreak('\uDE00\uD83D', ['😀']), 'the halves in the other order').toBe(false);
  });
  it('handles a long string made of one repeated word', () => {
    expect(wordBreak('ab'.repeat(1000), ['ab'])).toBe(true);
  });
  it('rejects a moderately long "aaa…ab" without a word for the b', () => {
    expect(wordBreak('a'.repeat(25) + 'b', ['a', 'aa'])).toBe(false);
  });
});

describe('wordBreak properties', () => {
  it.prop([textAndDictionary])('agrees with trying every split of short strings', ([s, words]) => {
    expect(wordBreak(s, words)).toBe(breakableByEnumeration(s, words));
  });

  it.prop([lettersArb.chain((letters) => fc.array(wordOf(letters), { minLength: 1, maxLength: 5 })).chain((words) => fc.tuple(fc.constant(words), fc.array(fc.nat(words.length - 1), { maxLength: 6 })))])(
    'accepts any concatenation of dictionary words',
    ([words, picks]) => {
      const s = picks.map((i) => words[i]!).join('');
      expect(wordBreak(s, words), `"${s}" is built from ${JSON.stringify(words)}`).toBe(true);
    },
  );

  it.prop([textAndDictionary, stringsOf(meta.domain.s, { maxLength: 2 }), fc.nat()])(
    'rejects a string that contains a character no word has',
    ([s, words], extra, at) => {
      const inWords = new Set(words.join('').split(''));
      const missing = extra.split('').find((unit) => !inWords.has(unit));
      fc.pre(missing !== undefined);
      const position = at % (s.length + 1);
      expect(wordBreak(s.slice(0, position) + missing + s.slice(position), words)).toBe(false);
    },
  );

  it.prop([textAndDictionary])('does not modify its input', ([s, words]) => {
    const before = [...words];
    wordBreak(s, Object.freeze(words) as readonly string[]);
    expect(words).toEqual(before);
  });
});
