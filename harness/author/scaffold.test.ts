/** `kata dev new` and the templates, end to end in a copy of the workspace. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { camelCase, scaffoldKata, titleCase } from './scaffold.ts';
import { copyWorkspace, kataArgv } from './workspace-copy.ts';

const run = promisify(execFile);
let workspace: string;

beforeAll(() => { workspace = copyWorkspace(); });

describe('kata dev new', () => {
  it('names things from the slug', () => {
    expect(camelCase('kth-largest-2')).toBe('kthLargest2');
    expect(titleCase('kth-largest')).toBe('Kth Largest');
  });
  it('scaffolds every file, renamed, and appends the kata to the curriculum', () => {
    const result = scaffoldKata('streams/count-things', workspace);
    expect(result.files.sort()).toEqual([
      'katas/streams/count-things/README.md', 'katas/streams/count-things/count-things.bench.ts', 'katas/streams/count-things/count-things.test.ts',
      'katas/streams/count-things/count-things.ts', 'katas/streams/count-things/meta.ts',
      'solutions/streams/count-things/approaches/optimal-sort-and-count-changes.ts', 'solutions/streams/count-things/approaches/slow-filter-first-index.ts',
      'solutions/streams/count-things/approaches/slow-sorted-insert.ts',
      'solutions/streams/count-things/count-things.brute.ts', 'solutions/streams/count-things/count-things.ts',
      'solutions/streams/count-things/mutants/counts-adjacent-runs.ts', 'solutions/streams/count-things/mutants/nan-counted-twice.ts', 'solutions/streams/count-things/mutants/sorts-input.ts',
    ]);
    expect(readFileSync(path.join(workspace, 'katas/streams/count-things/count-things.ts'), 'utf8')).toContain('export function countThings(');
    const curriculum = JSON.parse(readFileSync(path.join(workspace, 'katas/curriculum.json'), 'utf8'));
    expect(curriculum.patterns.at(-1)).toEqual({ pattern: 'streams', katas: ['count-things'] });
  });
  it('refuses to overwrite, to reuse a slug, and malformed names', () => {
    expect(() => scaffoldKata('streams/count-things', workspace)).toThrow(/taken by `streams\/count-things`/);
    expect(() => scaffoldKata('other/two-sum', workspace)).toThrow(/taken by `hashmap\/two-sum`/);
    for (const bad of ['Count', 'a/b/c', '../x/y', 'x/', 'x/9lives', 'x/with_underscore']) expect(() => scaffoldKata(bad, workspace), bad).toThrow();
    expect(existsSync(path.join(workspace, 'katas/x'))).toBe(false);
  });
  it('produces a kata that passes `kata dev lint --full`: references pass, mutants fail, the stub is "not started"', async () => {
    const { stdout } = await run(process.execPath, kataArgv(workspace, 'lint', 'count-things', '--full', '--seed', '5'), { cwd: workspace });
    expect(stdout).toContain('kata lint: 1 katas, no problems.');
  }, 240_000);
});
