/** Where the workspace's packages are, for the sandbox: never the workspace as a whole when it is itself a package. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyDirs, hackTestFile, kataOfFile, kataOfWorkFile, learnerFile, reviewFile, WORK_DIR } from './paths.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kata-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dependencyDirs', () => {
  it('is the workspace’s own node_modules when it has one (a clone)', () => {
    const root = path.join(tmp, 'clone');
    mkdirSync(path.join(root, 'node_modules', 'tsx'), { recursive: true });
    expect(dependencyDirs(root)).toEqual([path.join(root, 'node_modules')]);
  });
  it('is every package beside the workspace, never the workspace itself, when it is installed as a package', () => {
    const outer = path.join(tmp, 'player', 'node_modules');
    for (const dir of ['kata/solutions', 'tsx', 'vitest', '@esbuild/linux-x64', '.bin']) mkdirSync(path.join(outer, dir), { recursive: true });
    const root = path.join(outer, 'kata');
    expect(dependencyDirs(root).sort()).toEqual([path.join(outer, '@esbuild', 'linux-x64'), path.join(outer, 'tsx'), path.join(outer, 'vitest')].sort());
  });
  it('is the same inside a scope (node_modules/@team/kata)', () => {
    const outer = path.join(tmp, 'scoped', 'node_modules');
    for (const dir of ['@team/kata', '@team/other', 'zod']) mkdirSync(path.join(outer, dir), { recursive: true });
    expect(dependencyDirs(path.join(outer, '@team', 'kata')).sort()).toEqual([path.join(outer, '@team', 'other'), path.join(outer, 'zod')].sort());
  });
});

describe('kataOfWorkFile and kataOfFile', () => {
  it('names the kata of the learner’s own file, and nothing for other files of work/', () => {
    expect(kataOfWorkFile(learnerFile('hashmap/two-sum'))).toBe('hashmap/two-sum');
    expect(kataOfWorkFile(path.join(WORK_DIR, 'hashmap/two-sum/helper.ts'))).toBeNull();
    expect(kataOfWorkFile(hackTestFile('hashmap/two-sum'))).toBeNull();
    expect(kataOfWorkFile(reviewFile('hashmap/two-sum'))).toBeNull();
    expect(kataOfWorkFile(path.join(WORK_DIR, '.interview/round-1/round-1.ts'))).toBeNull();
    expect(kataOfWorkFile(path.join(WORK_DIR, '../katas/hashmap/two-sum.ts'))).toBeNull();
    expect(kataOfWorkFile(path.join(tmp, 'w/hashmap/two-sum/two-sum.ts'), path.join(tmp, 'w'))).toBe('hashmap/two-sum');
  });
  it('follows the rule it is given (hackTestFile)', () => {
    expect(kataOfFile(hackTestFile('hashmap/two-sum'), WORK_DIR, hackTestFile)).toBe('hashmap/two-sum');
    expect(kataOfFile(learnerFile('hashmap/two-sum'), WORK_DIR, hackTestFile)).toBeNull();
  });
});
