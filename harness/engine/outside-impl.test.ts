/** An implementation outside the workspace that imports `#kit` (a learner's solved stub) is measured like any other. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { isFailure } from './time/time-growth.ts';
import { runComplexity } from './run.ts';

/** A directory laid out like katas/, outside the workspace, whose two-sum imports `#kit` as a stub does. */
function outsideDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-outside-'));
  mkdirSync(path.join(dir, 'hashmap/two-sum'), { recursive: true });
  const source = `import { NotImplemented } from '#kit';\nvoid NotImplemented;\n${readFileSync(solutionFiles('hashmap/two-sum').reference, 'utf8')}`;
  writeFileSync(path.join(dir, 'hashmap/two-sum/two-sum.ts'), source);
  return dir;
}

describe('measuring an implementation outside the workspace', () => {
  it('resolves its `#kit` import to this workspace\'s kit', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: { kind: 'dir', dir: outsideDir() }, target: 'n' }], { seed: 5 });
    expect(isFailure(result!) ? result.error : 'measured').toBe('measured');
  }, 60_000);

  it('times it in the advisory tinybench view too, which runs in the CLI process itself', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'harness/cli/entry.ts'), 'bench', 'hashmap/two-sum', '--impl', outsideDir(), '--tinybench', '256'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr, 'nothing went wrong').not.toMatch(/Error|#kit/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+yours\s+[\d.]+/m);
  }, 60_000);
});
