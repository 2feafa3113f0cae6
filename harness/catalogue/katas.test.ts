import { describe, expect, it } from 'vitest';
import { difficultyOf, difficultyOfMeta, loadMeta, resolveKata, type KataRef } from './katas.ts';

const KATAS: KataRef[] = [
  { id: 'hashmap/two-sum', pattern: 'hashmap', slug: 'two-sum', order: 0 },
  { id: 'hashmap/dedupe', pattern: 'hashmap', slug: 'dedupe', order: 1 },
  { id: 'binary-search/binary-search', pattern: 'binary-search', slug: 'binary-search', order: 2 },
];

describe('resolveKata', () => {
  it('accepts a full id or a unique slug', () => {
    expect(resolveKata('hashmap/two-sum', KATAS).id).toBe('hashmap/two-sum');
    expect(resolveKata('two-sum', KATAS).id).toBe('hashmap/two-sum');
  });
  it('accepts what tab completion gives for a kata folder', () => {
    for (const typed of ['hashmap/two-sum/', 'katas/hashmap/two-sum/', './katas/hashmap/two-sum', 'two-sum/']) {
      expect(resolveKata(typed, KATAS).id, typed).toBe('hashmap/two-sum');
    }
    expect(() => resolveKata('solutions/hashmap/two-sum/', KATAS)).toThrow(/`solutions\/hashmap\/two-sum\/` is not a kata name/);
  });
  it('suggests the nearest name for a typo and points to kata list', () => {
    expect(() => resolveKata('two-sun', KATAS)).toThrow('Unknown kata `two-sun`. Did you mean `two-sum`? Run `kata list` to see every kata.');
    expect(() => resolveKata('binary-serch', KATAS)).toThrow(/Did you mean `binary-search`\?/);
  });
  it('makes no suggestion when nothing is close', () => {
    expect(() => resolveKata('quantum-sort', KATAS)).toThrow(/^Unknown kata `quantum-sort`\. Run `kata list`/);
  });
  it('refuses names that try to leave the workspace', () => {
    for (const name of ['../../etc/passwd', '/etc/passwd', 'hashmap/../../x', 'a\\b', 'katas/../solutions/hashmap/two-sum', '/']) {
      expect(() => resolveKata(name, KATAS), name).toThrow(/is not a kata name/);
    }
  });
});

describe('difficultyOf', () => {
  it('is the metadata’s difficulty, and medium for a kata whose metadata does not load', async () => {
    expect(await difficultyOf('hashmap/two-sum')).toBe((await loadMeta('hashmap/two-sum')).difficulty);
    expect(await difficultyOf('hashmap/no-such-kata')).toBe('medium');
    expect(difficultyOfMeta(new Error('broken'))).toBe('medium');
    expect(difficultyOfMeta(undefined)).toBe('medium');
  });
});
