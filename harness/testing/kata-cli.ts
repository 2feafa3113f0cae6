/**
 * Test support: the kata CLI of a workspace (this one, or a throwaway copy) run as a learner would,
 * in a child process whose environment says nothing of the test run that starts it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { kataArgv } from '../author/workspace-copy.ts';

/** What Vitest sets for its own workers (and a CLI would read as "under test"), and forced colour. */
const TEST_RUN_ENV = ['VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'NODE_ENV', 'FORCE_COLOR'];

/** This process's environment without the variables of the test run (`TEST_RUN_ENV`) and any of `drop`. */
export function cleanEnv(drop: readonly string[] = []): Record<string, string> {
  const dropped = new Set([...TEST_RUN_ENV, ...drop]);
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => !dropped.has(entry[0]) && entry[1] !== undefined));
}

export interface KataRun { code: number; stdout: string; stderr: string }

export interface RunKataOptions {
  /** Set on top of the clean environment and `NO_COLOR=1`. */
  env?: Record<string, string>;
  /** Killed after this long (default 180 s). */
  timeout?: number;
}

/** `kata <args>` of `workspace`, run in it; a non-zero exit is a result (`code`), not a throw. */
export async function runKata(workspace: string, args: readonly string[], { env = {}, timeout = 180_000 }: RunKataOptions = {}): Promise<KataRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, kataArgv(workspace, ...args), { cwd: workspace, env: { ...cleanEnv(), NO_COLOR: '1', ...env }, timeout });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A run's `--json` output, parsed; a run that printed something else fails the test with what it printed. */
export function jsonOf<T>(run: KataRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout}\n${run.stderr}`);
  }
}
