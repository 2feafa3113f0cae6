/**
 * No process started by a check outlives it. The implementation under check
 * (harness/fixtures/hostile/spawns-child.ts) is a correct two-sum that starts an ordinary, not
 * detached, child process as it loads, in the test process and in the measuring process alike,
 * marked on its command line; the test watches /proc while the check runs (so it knows both were
 * started) and, once `kata check` returns, every such child must be gone.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';
import { goneSoon, processesWithArg } from '../testing/processes.ts';


/** This test's environment without Vitest's own variables, as a learner's shell would have it. */
function cliEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
}

describe('kata check', { timeout: 240_000 }, () => {
  it('leaves no process behind that learner code started, in the tests or while measuring', async () => {
    const fixture = path.join(ROOT, 'harness/fixtures/hostile/spawns-child.ts');
    const spawned = new Map<number, string>();
    const watch = setInterval(() => { for (const p of processesWithArg('kata-orphan-fixture')) spawned.set(p.pid, p.args.at(-1)!); }, 50);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'harness/cli/entry.ts', 'check', 'hashmap/two-sum', '--impl', fixture, '--seed', '1', '--json'],
      { cwd: ROOT, env: cliEnv(), maxBuffer: 64 * 1024 * 1024 },
    ).finally(() => clearInterval(watch));
    const result = JSON.parse(stdout) as { status: string; complexity: unknown };
    // Both stages ran, and both started their child, so both had the chance to leave a process behind.
    expect(result.status).toBe('passing');
    expect(result.complexity).not.toBeNull();
    expect(new Set(spawned.values())).toEqual(new Set(['tests', 'measuring']));
    const alive: { pid: number; stage: string }[] = [];
    for (const [pid, stage] of spawned) if (!(await goneSoon(pid))) alive.push({ pid, stage });
    expect(alive).toEqual([]);
    expect(processesWithArg('kata-orphan-fixture')).toEqual([]);
  });
});
