/**
 * No process started by a check outlives it. The implementation under check
 * (harness/fixtures/hostile/spawns-child.ts) is a correct two-sum that starts an ordinary, not
 * detached, child process as it loads, in the test process and in the measuring process alike;
 * once `kata check` returns, every such child must be gone.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';
import { goneSoon } from '../testing/processes.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-orphans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


/** This test's environment without Vitest's own variables, as a learner's shell would have it. */
function cliEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
}

describe('kata check', { timeout: 240_000 }, () => {
  it('leaves no process behind that learner code started, in the tests or while measuring', async () => {
    const record = path.join(dir, 'spawned.jsonl');
    const fixture = path.join(ROOT, 'harness/fixtures/hostile/spawns-child.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'harness/cli/entry.ts', 'check', 'hashmap/two-sum', '--impl', fixture, '--seed', '1', '--json'],
      { cwd: ROOT, env: { ...cliEnv(), KATA_SPAWNED_PIDS: record }, maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(stdout) as { status: string; complexity: unknown };
    // Both stages ran, so both had the chance to leave a process behind.
    expect(result.status).toBe('passing');
    expect(result.complexity).not.toBeNull();
    const spawned = readFileSync(record, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { pid: number; stage: string });
    expect(new Set(spawned.map((s) => s.stage))).toEqual(new Set(['tests', 'measuring']));
    const alive: { pid: number; stage: string }[] = [];
    for (const s of spawned) if (!(await goneSoon(s.pid))) alive.push(s);
    expect(alive).toEqual([]);
  });
});
