import { describe, expect } from 'vitest';
import { groupAnagrams } from './group-anagrams.ts';
import { deepFreeze, fc, it, stringsOf } from '#kit/testing';
import meta from './meta.ts';

/** Anagram test by counting code units, independent of any sorting. */
function areAnagrams(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length; i++) counts.set(a.charCodeAt(i), (counts.get(a.charCodeAt(i)) ?? 0) + 1);
  for (let i = 0; i < b.length; i++) {
    const left = (counts.get(b.charCodeAt(i)) ?? 0) - 1;
    if (left < 0) return false;
    counts.set(b.charCodeAt(i), left);
  }
  return true;
}

/** Independent oracle: each word joins the first earlier group whose first word it rearranges. */
function expectedGroups(words: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const word of words) {
    const group = groups.find((g) => areAnagrams(g[0]!, word));
    if (group) group.push(word);
    else groups.push([word]);
  }
  return groups;
}

// A tiny alphabet makes anagrams, near-misses (same letters, other counts) and duplicates common.
// Upper case and digits catch keys that assume lowercase letters or live in a plain object; the
// surrogates (two high, one low) make words whose code units pair up differently in two anagrams,
// which a key built from code points tells apart. Words from the whole domain (any code units,
// names such as `__proto__`) come in as well.
const tinyWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'B', '1', '2', '\uD83D', '\uD83E', '\uDE00'), maxLength: 4 });
const wordArb = fc.oneof({ arbitrary: tinyWord, weight: 3 }, { arbitrary: stringsOf(meta.domain.words), weight: 1 });
const wordsArb = fc.array(wordArb, { maxLength: 30 });

describe('groupAnagrams examples', () => {
  it('groups anagrams, groups by first appearance, words in input order', () => {
    expect(groupAnagrams(['eat', 'tea', 'tan', 'ate', 'nat', 'bat'])).toEqual([
      ['eat', 'tea', 'ate'],
      ['tan', 'nat'],
      ['bat'],
    ]);
  });
  it('orders groups by first appearance, not alphabetically, and keeps duplicates', () => {
    expect(groupAnagrams(['b', 'a', 'b'])).toEqual([['b', 'b'], ['a']]);
  });
  it('separates words with the same letters in different counts', () => {
    expect(groupAnagrams(['aab', 'abb', 'bab'])).toEqual([['aab'], ['abb', 'bab']]);
  });
  it('treats upper and lower case as different characters', () => {
    expect(groupAnagrams(['ab', 'BA', 'ba'])).toEqual([['ab', 'ba'], ['BA']]);
    expect(groupAnagrams(['A', 'B', 'Z'])).toEqual([['A'], ['B'], ['Z']]);
  });
  it('keeps groups of digit words in first-appearance order', () => {
    expect(groupAnagrams(['ab', 'ba', '21', '12'])).toEqual([['ab', 'ba'], ['21', '12']]);
    expect(groupAnagrams(['31', '13', '21'])).toEqual([['31', '13'], ['21']]);
  });
  it('handles characters outside a-z, including emoji', () => {
    expect(groupAnagrams(['é!', '!é', 'e!'])).toEqual([['é!', '!é'], ['e!']]);
    expect(groupAnagrams(['a😀', '😀a', 'a'])).toEqual([['a😀', '😀a'], ['a']]);
  });
  it('compares code units, however they pair up into characters', () => {
    // D83E DE00 D83D and D83D DE00 D83E: the same three code units.
    expect(groupAnagrams(['\uD83E\uDE00\uD83D', '\uD83D\uDE00\uD83E'])).toEqual([['\uD83E\uDE00\uD83D', '\uD83D\uDE00\uD83E']]);
    expect(groupAnagrams(['\uDE00\uD83D', '😀', '\uD83D'])).toEqual([['\uDE00\uD83D', '😀'], ['\uD83D']]);
  });
  it('groups words whatever names they spell', () => {
    expect(groupAnagrams(['constructor', '__proto__', 'rotcurtsnoc', '__proto__'])).toEqual([
      ['constructor', 'rotcurtsnoc'],
      ['__proto__', '__proto__'],
    ]);
  });
  it('groups empty strings together, apart from every other word', () => {
    expect(groupAnagrams(['', 'x', ''])).toEqual([['', ''], ['x']]);
    expect(groupAnagrams(['', 'A'])).toEqual([[''], ['A']]);
  });
  it('returns one group for one word', () => {
    expect(groupAnagrams(['x'])).toEqual([['x']]);
  });
  it('returns [] for no words', () => {
    expect(groupAnagrams([])).toEqual([]);
  });
});

describe('groupAnagrams properties', () => {
  it.prop([wordsArb])('groups exactly the anagrams, in first-appearance order', (words) => {
    expect(groupAnagrams(words)).toEqual(expectedGroups(words));
  });

  it.prop([fc.array(wordArb, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat()])('puts a shuffled copy of a word into that word\'s group', (words, pick, seed) => {
    const base = words[pick % words.length]!;
    const chars = base.split('');
    for (let i = chars.length - 1; i > 0; i--) {
      const j = (seed + i * 7) % (i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const shuffled = chars.join('');
    const groups = groupAnagrams([...words, shuffled]);
    const home = groups.find((g) => g.includes(base));
    expect(home, `the group of ${JSON.stringify(base)}`).toBeDefined();
    expect(home![home!.length - 1], `the shuffled copy ${JSON.stringify(shuffled)} ends its group`).toBe(shuffled);
  });

  it.prop([wordsArb])('does not modify its input', (words) => {
    const before = [...words];
    groupAnagrams(deepFreeze(words));
    expect(words).toEqual(before);
  });
});
