/**
 * Runs kata tests in a child process the harness can kill (harness/process/supervisor.ts).
 * Learner code is the normal input here: an endless loop blocks a Vitest worker in a way no test
 * timeout can interrupt, so the child is stopped when no test has finished for a while. Files that
 * finished keep their reports; the rest are re-run one by one, so only the culprit is blamed.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describeImpl, isSomeonesCode, type ImplTarget } from '../impl/impl.ts';
import { readableFor } from '../impl/mounts.ts';
import type { SandboxSpec } from '../process/sandbox.ts';
import { describeStop, stopOf, supervise, type Outcome, type Stop, type StopWording } from '../process/supervisor.ts';
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

export type TestsChildMessage = { report: KataTestReport } | { progress: true };

/** No test may go longer than this without finishing (the Vitest timeout of async tests is 20 s). */
export const STALL_MS = 30_000;
export const STARTUP_MS = 120_000;

/** How a stopped test process is named to the user (also by the warm runner). */
export const TEST_PROCESS: StopWording = {
  process: 'the test process',
  work: 'a test',
  stallCause: 'an endless loop, or a solution far too slow for the test inputs',
};

/** The report of a kata whose test file never finished because the test process was stopped. */
/** Memory of a sandboxed test run: Vitest, and its workers at WORKER_HEAP_MB of heap each, with room for buffers. */
const TESTS_MEMORY_MB = 4096;

/** The sandbox for someone's code under test (`ids` null: every kata, as watch mode needs); none for shipped content. */
export function testsSandbox(impl: ImplTarget, ids: readonly string[] | null): SandboxSpec | undefined {
  return isSomeonesCode(impl) ? { readOnly: readableFor(impl, ids, 'tests'), memoryMb: TESTS_MEMORY_MB, maxTasks: 512 } : undefined;
}

export function stoppedReport(id: string, impl: ImplTarget, seed: number, stopped: Stop): KataTestReport {
  return {
    id, impl: describeImpl(impl), seed, status: 'failing', passed: 0, failed: 0, failures: [],
    loadErrors: [describeStop(stopped, TEST_PROCESS)], stopped,
  };
}

async function runChild(ids: readonly string[], impl: ImplTarget, options: RunOptions, stallMs: number, startupMs: number, onReport?: (report: KataTestReport) => void): Promise<{ reports: Map<string, KataTestReport>; outcome: Outcome }> {
  const reports = new Map<string, KataTestReport>();
  const request: TestsChildRequest = { ids, impl, options };
  const child = supervise<TestsChildMessage>({
    module: CHILD, request, startupMs, stallMs, sandbox: testsSandbox(impl, ids),
    onMessage: (message) => {
      if ('report' in message) { reports.set(message.report.id, message.report); onReport?.(message.report); }
    },
  });
  return { reports, outcome: await child.outcome };
}

/** A run that failed before any kata finished, not because of one: the harness's problem, not the learner's. */
function failedToRun(outcome: Outcome): boolean {
  return outcome.kind === 'crashed' || (outcome.kind === 'exited' && !!outcome.code);
}

/** Runs the tests of the given katas against `impl`, isolated, and returns one report per kata, in order. */
export async function runKataTests(ids: readonly string[], impl: ImplTarget, options: RunOptions, isolation: IsolationOptions = {}): Promise<KataTestReport[]> {
  if (ids.length === 0) return [];
  const stallMs = isolation.stallMs ?? STALL_MS;
  const startupMs = isolation.startupMs ?? STARTUP_MS;
  const first = await runChild(ids, impl, options, stallMs, startupMs, isolation.onReport);
  const reports = first.reports;
  const missing = ids.filter((id) => !reports.has(id));
  if (missing.length === ids.length && failedToRun(first.outcome)) {
    throw new Error(describeStop(stopOf(first.outcome, 'a report'), TEST_PROCESS), { cause: first.outcome });
  }
  const stops = new Map(missing.map((id) => [id, stopOf(first.outcome, `a report for ${id}`)]));
  if (missing.length > 1) {
    for (const id of missing) {
      const again = await runChild([id], impl, options, stallMs, startupMs, isolation.onReport);
      const report = again.reports.get(id);
      if (report) reports.set(id, report);
      else stops.set(id, stopOf(again.outcome, `a report for ${id}`));
    }
  }
  return ids.map((id) => reports.get(id) ?? stoppedReport(id, impl, options.seed, stops.get(id)!));
}
