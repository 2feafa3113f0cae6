/** `--impl` guarded before anything runs: no references, no links out, no imports beyond #kit and the kata folder. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOLUTIONS_DIR, solutionFiles } from '../base/paths.ts';
import { guardImplementation, importSpecifiers } from './guard.ts';

const ID = 'hashmap/two-sum';
function player(source: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-guard-'));
  mkdirSync(path.join(dir, 'hashmap', 'two-sum'), { recursive: true });
  writeFileSync(path.join(dir, 'hashmap', 'two-sum', 'two-sum.ts'), source);
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, 'hashmap', 'two-sum', name), text);
  return dir;
}
const guard = (dir: string) => () => guardImplementation({ kind: 'dir', dir }, [ID]);

describe('guardImplementation', () => {
  it('lets through code that imports #kit and a helper of its own kata folder', () => {
    expect(guard(player("import { NotImplemented } from '#kit';\nimport { h } from './helper.ts';\nexport const twoSum = () => h(NotImplemented);", { 'helper.ts': 'export const h = (x: unknown) => x;' }))).not.toThrow();
  });
  it('refuses a file that re-exports the reference, or imports anything outside its folder', () => {
    const reference = solutionFiles(ID).reference;
    expect(guard(player(`export { twoSum } from '${reference}';`))).toThrow(/imports `.*two-sum\.ts`: implementations may import only `#kit` and files of their own kata folder/);
    expect(guard(player("export * from '../../../../work/main/solutions/hashmap/two-sum/two-sum.ts';"))).toThrow(/may import only/);
    expect(guard(player("import fs from 'node:fs';\nexport const twoSum = () => fs;"))).toThrow(/imports `node:fs`/);
    expect(guard(player("export const twoSum = async () => (await import('../../other/x.ts')).x;"))).toThrow(/imports `\.\.\/\.\.\/other\/x\.ts`/);
  });
  it('refuses an import whose name is computed at run time', () => {
    expect(guard(player("const name = 'node:' + 'fs';\nexport const twoSum = async () => import(name);"))).toThrow(/computed at run time/);
  });
  it('refuses a symlink out of the directory, and a directory that is the workspace\'s solutions/', () => {
    const dir = player('');
    const file = path.join(dir, 'hashmap', 'two-sum', 'two-sum.ts');
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-outside-')), 'secret.ts');
    writeFileSync(outside, 'export const twoSum = () => null;');
    rmSync(file);
    symlinkSync(outside, file);
    expect(guard(dir)).toThrow(/resolves to .*secret\.ts, outside --impl/);
    expect(() => guardImplementation({ kind: 'dir', dir: SOLUTIONS_DIR }, [ID])).toThrow(/lies inside this workspace's solutions\//);
    const linkToSolutions = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-link-')), 'katas');
    symlinkSync(SOLUTIONS_DIR, linkToSolutions);
    expect(() => guardImplementation({ kind: 'dir', dir: linkToSolutions }, [ID])).toThrow(/lies inside this workspace's solutions\//);
  });
  it('reads every static form of import', () => {
    expect(importSpecifiers("import a from 'a';\nimport type { B } from 'b';\nimport 'c';\nexport * from 'd';\nexport { e } from 'e';\nconst f = import('f');\nconst g = require('g');").sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
