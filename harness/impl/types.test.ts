/** The TypeScript compiler's messages about one implementation file, wherever it lives. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TYPE_PROBLEMS, typeProblems } from './types.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, source: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, source);
  return at;
};

describe('typeProblems', { timeout: 60_000 }, () => {
  it('names the file, line, column and TypeScript code of each error, with #kit resolved outside the workspace', () => {
    const at = file('wrong.ts', "import { NotImplemented } from '#kit';\nexport function f(xs: readonly number[]): number {\n  xs.push(1);\n  if (xs.length < 0) throw new NotImplemented('f');\n  return 'n';\n}\n");
    expect(typeProblems(at)).toEqual([
      `your file does not type-check: ${at}:3:6: TS2339: Property 'push' does not exist on type 'readonly number[]'.`,
      `your file does not type-check: ${at}:5:3: TS2322: Type 'string' is not assignable to type 'number'.`,
    ]);
  });
  it('is empty for a file that type-checks, Node globals included, and for a file that cannot be read', () => {
    expect(typeProblems(file('right.ts', 'export function f(xs: readonly number[]): number { console.log(structuredClone([...xs])); return xs.length; }\n'))).toEqual([]);
    expect(typeProblems(path.join(dir, 'missing.ts'))).toEqual([]);
  });
  it(`says at most ${MAX_TYPE_PROBLEMS} and counts the rest`, () => {
    const at = file('many.ts', Array.from({ length: 5 }, (_, i) => `export const v${i}: number = 'x';`).join('\n'));
    const problems = typeProblems(at);
    expect(problems).toHaveLength(MAX_TYPE_PROBLEMS + 1);
    expect(problems.at(-1)).toBe(`… and 2 more type errors in ${at}`);
  });
});
