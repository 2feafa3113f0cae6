import { describe, expect, it } from 'vitest';
import { resolveKata, type KataRef } from './katas.ts';

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
  it('suggests the nearest name for a typo and points to kata list', () => {
    expect(() => resolveKata('two-sun', KATAS)).toThrow('Unknown kata `two-sun`. Did you mean `two-sum`? Run `kata list` to see every kata.');
    expect(() => resolveKata('binary-serch', KATAS)).toThrow(/Did you mean `binary-search`\?/);
  });
  it('makes no suggestion when nothing is close', () => {
    expect(() => resolveKata('quantum-sort', KATAS)).toThrow(/^Unknown kata `quantum-sort`\. Run `kata list`/);
  });
  it('refuses names that try to leave the workspace', () => {
    for (const name of ['../../etc/passwd', '/etc/passwd', 'hashmap/../../x', 'a\\b']) {
      expect(() => resolveKata(name, KATAS), name).toThrow(/is not a kata name/);
    }
  });
});
