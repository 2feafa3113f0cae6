/**
 * Runs kata tests in a child process the harness can kill. Learner code is the normal input here:
 * an endless loop blocks a Vitest worker in a way no test timeout can interrupt, so a watchdog
 * kills the child's whole process group when no test file has finished for a while. Files that
 * finished keep their reports; the rest are re-run one by one, so only the culprit is blamed.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describeImpl, type ImplTarget } from '../impl/impl.ts';
import { killProcessGroup } from '../process/kill.ts';
import type { KataTestReport, RunOptions } from './run-tests.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.ts');

export interface IsolationOptions {
  /** Kill the run when no test has finished for this long, ms (a test stuck in learner code). */
  stallMs?: number;
  /** How long Vitest may take to start and load the first test file, ms. */
  startupMs?: number;
  /** Called with each kata's report as soon as its file finishes (for progress lines). */
  onReport?: (report: KataTestReport) => void;
}

export interface TestsChildRequest {
  ids: readonly string[];
  impl: ImplTarget;
  options: RunOptions;
}

export type TestsChildMessage = { report: KataTestReport } | { progress: true } | { done: true } | { crash: string };

/** No test may go longer than this without finishing (the Vitest timeout of async tests is 20 s). */
export const STALL_MS = 30_000;
export const STARTUP_MS = 120_000;

function runChild(ids: readonly string[], impl: ImplTarget, options: RunOptions, stallMs: number, startupMs: number, onReport?: (report: KataTestReport) => void): Promise<{ reports: Map<string, KataTestReport>; stalled: boolean; crash: string | null }> {
  return new Promise((resolve) => {
    const reports = new Map<string, KataTestReport>();
    const request: TestsChildRequest = { ids, impl, options };
    const child = fork(CHILD, [JSON.stringify(request)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      detached: true,
    });
    let stderr = '';
    let crash: string | null = null;
    let stalled = false;
    child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    let timer: NodeJS.Timeout;
    const killGroup = () => killProcessGroup(child);
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => { stalled = true; killGroup(); }, ms);
    };
    arm(startupMs);
    child.on('message', (message: TestsChildMessage) => {
      if ('progress' in message) arm(stallMs);
      if ('report' in message) { reports.set(message.report.id, message.report); arm(stallMs); onReport?.(message.report); }
      if ('crash' in message) crash = message.crash;
      if ('done' in message) { clearTimeout(timer); }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      // Vitest's workers may outlive the child: never leave learner code running.
      killGroup();
      if (code && !stalled && !crash) crash = `the test process exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      resolve({ reports, stalled, crash });
    });
  });
}

/** Runs the tests of the given katas against `impl`, isolated, and returns one report per kata, in order. */
export async function runKataTests(ids: readonly string[], impl: ImplTarget, options: RunOptions, isolation: IsolationOptions = {}): Promise<KataTestReport[]> {
  if (ids.length === 0) return [];
  const stallMs = isolation.stallMs ?? STALL_MS;
  const startupMs = isolation.startupMs ?? STARTUP_MS;
  const first = await runChild(ids, impl, options, stallMs, startupMs, isolation.onReport);
  const reports = first.reports;
  const missing = ids.filter((id) => !reports.has(id));
  if (first.crash && missing.length === ids.length) throw new Error(first.crash);
  if (missing.length > 1) {
    for (const id of missing) {
      const again = await runChild([id], impl, options, stallMs, startupMs, isolation.onReport);
      const report = again.reports.get(id);
      if (report) reports.set(id, report);
    }
  }
  const stalledFor = Math.round(stallMs / 1000);
  return ids.map((id) => reports.get(id) ?? {
    id, impl: describeImpl(impl), seed: options.seed, status: 'failing' as const, passed: 0, failed: 0, failures: [],
    loadErrors: [`a test did not finish within ${stalledFor} s: an endless loop, or a solution far too slow for the test inputs`],
  });
}
