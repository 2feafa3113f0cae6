/**
 * The generic mutants lint derives from a reference: which apply, and that each does the wrong
 * thing it is named for when it runs (sources are compiled with esbuild and imported).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DIFFERS, differentialModule, exportedNames, genericMutants } from './generic-mutants.ts';

async function load(source: string): Promise<Record<string, any>> {
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const SORTS = `
export function ordered(xs: number[]): number[] { return [...xs].sort((a, b) => a - b); }
export function byStart(xs: [number, number][]): [number, number][] { return xs.toSorted((p: [number, number], q: [number, number]) => p[0]! - q[0]! || p[1]! - q[1]!); }
export function words(xs: string[]): string[] { return [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); }
`;

describe('genericMutants', () => {
  it('drops each subtracting comparator on its own, and leaves other comparators alone', async () => {
    const mutants = genericMutants(SORTS, { xs: { kind: 'integer', min: 0, max: 100 } });
    expect(mutants.map((m) => m.name)).toEqual(['default-sort-1', 'default-sort-2']);
    const first = await load(mutants[0]!.source);
    expect(first.ordered([10, 2, 1])).toEqual([1, 10, 2]);
    expect(first.byStart([[10, 0], [2, 0]])).toEqual([[2, 0], [10, 0]]);
    const second = await load(mutants[1]!.source);
    expect(second.ordered([10, 2, 1])).toEqual([1, 2, 10]);
    expect(second.byStart([[10, 0], [2, 0]])).toEqual([[10, 0], [2, 0]]);
  });

  it('replaces each Map by a plain object only where the domain has strings, and the object breaks on __proto__ and constructor', async () => {
    const source = `export function count(keys: string[]): [string, number][] { const m = new Map<string, number>(); for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1); return [...m]; }`;
    expect(genericMutants(source, { keys: { kind: 'integer' } }).map((m) => m.name)).toEqual(['int32-outputs']);
    const [mutant] = genericMutants(source, { keys: { kind: 'string' } });
    expect(mutant!.name).toBe('object-map-1');
    const { count } = await load(mutant!.source);
    expect(count(['a', 'a'])).toEqual([['a', 2]]);
    expect(count(['constructor'])).not.toEqual([['constructor', 1]]);
    expect(count(['__proto__'])).not.toEqual([['__proto__', 1]]);
  });

  it('keeps every returned number as an Int32, through arrays, objects, promises and class methods, where the domain goes past 32 bits', async () => {
    const source = `
export function echo(x: number) { return { v: [x, x / 2] }; }
export async function later(x: number) { return x; }
export class Box { #v: number; constructor(v: number) { this.#v = v; } get() { return this.#v; } get size() { return 1; } }
export type T = number;`;
    expect(genericMutants(source, { x: { kind: 'integer', min: -5, max: 5 } })).toEqual([]);
    const [mutant] = genericMutants(source, { x: { kind: 'integer', min: 0 } });
    expect(mutant!.name).toBe('int32-outputs');
    const { echo, later, Box } = await load(mutant!.source);
    expect(echo(2 ** 31)).toEqual({ v: [-(2 ** 31), 2 ** 30] });
    expect(echo(3)).toEqual({ v: [3, 1] });
    expect(await later(2 ** 32 + 5)).toBe(5);
    const box = new Box(2 ** 31 + 1);
    expect(box.get()).toBe(-(2 ** 31) + 1);
    expect(box).toBeInstanceOf(Box);
  });

  it('leaves int32-outputs out when the reference exports something it cannot wrap', () => {
    expect(genericMutants('export const f = (x: number) => x;', { x: { kind: 'number' } })).toEqual([]);
  });
});

describe('differentialModule', () => {
  it('answers like the reference while the mutant agrees, and fails naming both answers when it does not, for functions and class methods', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-differential-'));
    try {
      const reference = `export function f(x: number) { return [x]; }\nexport class C { v = 0; add(x: number) { this.v += x; return this.v; } }\nexport type T = number;\n`;
      const [mutant] = genericMutants(reference, { x: { kind: 'integer' } });
      writeFileSync(path.join(dir, 'reference.ts'), reference);
      writeFileSync(path.join(dir, 'mutant.ts'), mutant!.source);
      expect(exportedNames(reference)).toEqual(['f', 'C']);
      writeFileSync(path.join(dir, 'both.ts'), differentialModule(exportedNames(reference), './reference.ts', './mutant.ts'));
      const { f, C } = await import(path.join(dir, 'both.ts'));
      expect(f(5)).toEqual([5]);
      expect(() => f(2 ** 31)).toThrow(new RegExp(`${DIFFERS}: f gave \\[ -2147483648 \\] where the reference gave \\[ 2147483648 \\]`));
      const c = new C();
      expect(c.add(2)).toBe(2);
      expect(() => c.add(2 ** 32)).toThrow(DIFFERS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
