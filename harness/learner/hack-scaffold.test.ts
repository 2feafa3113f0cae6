import { describe, expect, it } from 'vitest';
import { exampleCases, isLiteral, scaffoldHackTests, stubExports } from './hack-scaffold.ts';

describe('isLiteral', () => {
  it('takes numbers, strings, arrays, plain objects and the literal keywords, all of the text', () => {
    for (const text of ['0', '-3', '1.5', '-Infinity', 'NaN', '2147483648', '1e9', '"a\\"b"', "'\\uD83D'", 'null', 'undefined', 'true',
      '[]', '[1, [2, 3], "x"]', "{ a: ['b', 'c'], 'd e': 1, 3: null }", '{}', '[1, 2,]', '[[0, 1], [2, 3]]']) {
      expect(isLiteral(text), text).toBe(true);
    }
  });
  it('refuses anything that would have to run: calls, operators, names, arrows, half a literal', () => {
    for (const text of ['g', 'x => x >= 7', '2 ** 50', '1 + 1', 'Object.fromEntries([])', '[1, 2', '{ a }', '[1] [2]', '"open', '', 'new Map()', '`t`']) {
      expect(isLiteral(text), text).toBe(false);
    }
  });
});

describe('stubExports', () => {
  it('reads each exported function\'s parameters, generics and function types included, and the exported classes', () => {
    const source = [
      'export class CycleError extends Error {}',
      'export function first<T extends { id: number }>(lo: number, hi: number, predicate: (x: number) => boolean, items?: readonly (readonly [number, number])[]): number {',
      '  return 0;',
      '}',
    ].join('\n');
    expect(stubExports(source)).toEqual({
      functions: [{ name: 'first', params: [
        { name: 'lo', type: 'number' }, { name: 'hi', type: 'number' }, { name: 'predicate', type: '(x: number) => boolean' },
        { name: 'items', type: 'readonly (readonly [number, number])[]' },
      ] }],
      classes: ['CycleError'],
    });
  });
});

const STUB = stubExports('export class BadInput extends Error {}\nexport function pick(nums: readonly number[], k: number): number[] {\n  return [];\n}');

function readme(examples: string): string {
  return `# Pick\n\nText.\n\n## Examples\n\n${examples}\n\n## Constraints\n- none\n`;
}

describe('exampleCases', () => {
  it('makes a test of each row whose argument columns are named after the parameters and whose cells are literals', () => {
    const cases = exampleCases(readme([
      '| nums | k | result | why |',
      '|---|---|---|---|',
      '| `[3, 1, 2]` | `2` | `[3, 2]` | the two largest |',
      '| `[]` | `0` | `[]` (nothing) | |',
      '| `[1]` | `-1` | throws `RangeError` | |',
      '| `[1]` | `1.5` | throws `BadInput` | an exported error class |',
      '| `[1]` | `2` | throws `Oops` | not a class anyone can name |',
      '| `[5, 5]` | `1` | `[5]` or `[5]`: either copy | alternatives |',
      '| `xs` | `1` | `[1]` | not a literal |',
      '| `[1, 2]` | `2 ** 1` | `[2, 1]` | |',
    ].join('\n')), STUB);
    expect(cases).toEqual([
      { title: 'pick([3, 1, 2], 2)', body: ['expect(pick([3, 1, 2], 2)).toEqual([3, 2]);'] },
      { title: 'pick([], 0)', body: ['expect(pick([], 0)).toEqual([]);'] },
      { title: 'pick([1], -1)', body: ['expect(() => pick([1], -1)).toThrow(RangeError);'] },
      { title: 'pick([1], 1.5)', body: ['expect(() => pick([1], 1.5)).toThrow(BadInput);'] },
    ]);
  });

  it('fills a parameter from a `With \\`name = value\\`` line above the table', () => {
    const cases = exampleCases(readme('With `nums = [4, 8]`:\n\n| k | answer |\n|---|---|\n| `1` | `[8]` |'), STUB);
    expect(cases).toEqual([{ title: 'pick([4, 8], 1)', body: ['expect(pick([4, 8], 1)).toEqual([8]);'] }]);
  });

  it('leaves out tables whose answers come in any order, tables about other things, and stubs with several functions', () => {
    expect(exampleCases(readme('| nums | k | a correct answer (in any order) |\n|---|---|---|\n| `[1]` | `1` | `[1]` |'), STUB)).toEqual([]);
    expect(exampleCases(readme('| call | returns |\n|---|---|\n| `pick([1], 1)` | `[1]` |'), STUB)).toEqual([]);
    expect(exampleCases(readme('| nums | k | why |\n|---|---|---|\n| `[1]` | `1` | `[1]` |'), STUB)).toEqual([]);
    const two = stubExports('export function a(x: number): number {}\nexport function b(x: number): number {}');
    expect(exampleCases(readme('| x | result |\n|---|---|\n| `1` | `1` |'), two)).toEqual([]);
  });
});

describe('scaffoldHackTests', () => {
  it('writes two-sum\'s README examples as tests importing ./two-sum.ts, with a property skeleton', () => {
    const { source, cases } = scaffoldHackTests('hashmap/two-sum');
    expect(cases.length).toBe(7);
    expect(source).toContain("import { twoSum } from './two-sum.ts';");
    expect(source).toContain("import { fc, it } from '#kit/testing';");
    expect(source).toContain("  it('twoSum([3, 2, 4], 6)', () => {\n    expect(twoSum([3, 2, 4], 6)).toEqual([1, 2]);\n  });");
    expect(source).toContain('// it.prop([fc.array(fc.integer()), fc.integer()])(\'…\', (nums, target) => {');
  });

  it('leaves out the examples it is told to, naming them in a comment', () => {
    const { source, cases } = scaffoldHackTests('hashmap/two-sum', new Set(['twoSum([3, 3], 6)']));
    expect(cases.map((c) => c.title)).not.toContain('twoSum([3, 3], 6)');
    expect(source).toContain('//   twoSum([3, 3], 6)');
    expect(source).not.toContain('expect(twoSum([3, 3], 6))');
  });

  it('gives a class kata a template with one live test and the README\'s first example as a comment', () => {
    const { source, cases } = scaffoldHackTests('design/lru-cache');
    expect(cases).toEqual([]);
    expect(source).toContain("import { LRUCache } from './lru-cache.ts';");
    expect(source).toContain("    expect(LRUCache).toBeTypeOf('function');");
    expect(source).toMatch(/^ {2}\/\/ {3}\| call \| returns \|/m);
    expect(source).toContain('//   const made = new LRUCache(/* … */);');
  });
});
