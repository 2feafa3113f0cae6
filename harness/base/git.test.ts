/** git(): null on failure, output as printed or trimmed; gitOutcome(): what git said when it failed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, gitOutcome } from './git.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kata-git-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('git', () => {
  it('is the output as git printed it, or trimmed (an empty one null)', () => {
    writeFileSync(path.join(tmp, 'empty'), '');
    expect(git(['--version'], tmp)).toMatch(/^git version .*\n$/);
    expect(git(['--version'], tmp, { trim: true })).toMatch(/^git version \S+$/);
    expect(git(['config', '--file', path.join(tmp, 'empty'), '--list'], tmp)).toBe('');
    expect(git(['config', '--file', path.join(tmp, 'empty'), '--list'], tmp, { trim: true })).toBeNull();
  });
  it('is null when git fails (not a checkout)', () => {
    expect(git(['rev-parse', 'HEAD'], tmp)).toBeNull();
  });
  it('gitOutcome keeps what git said on failure', () => {
    const failed = gitOutcome(['rev-parse', 'HEAD'], tmp);
    expect(failed.ok).toBe(false);
    expect(failed.out).toMatch(/not a git repository/);
    expect(gitOutcome(['--version'], tmp)).toEqual({ ok: true, out: git(['--version'], tmp) });
  });
});
