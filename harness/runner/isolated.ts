/**
 * Runs kata tests in a child process the harness can kill (harness/process/supervisor.ts).
 * Learner code is the normal input here: an endless loop blocks a Vitest worker in a way no test
 * timeout can interrupt, so the child is stopped when no test has finished for a while. Files that
 * finished keep their reports; the rest are re-run one by one, so only the culprit is blamed.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { solutionFiles } from '../base/paths.ts';
import { describeImpl, implFile, isSomeonesCode, LEARNER, runsBehindBridge, type ImplTarget } from '../impl/impl.ts';
import { readableFor } from '../impl/mounts.ts';
import type { SandboxSpec } from '../process/sandbox.ts';
import { describeStop, stopOf, supervise, type Outcome, type Stop, type StopWording } from '../process/supervisor.ts';
import type { KataTestReport, RunOptions } from './run-tests.ts';
import type { TestTarget } from './against-targets.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.ts');

export interface IsolationOptions {
  /** Kill the run when no test has finished for this long, ms (a test stuck in learner code). */
  stallMs?: number;
  /** How long Vitest may take to start and load the first test file, ms. */
  startupMs?: number;
  /** Called with each kata's report as soon as its file finishes (for progress lines). */
  onReport?: (report: KataTestReport) => void;
}

export type TestsChildRequest =
  /** The kata tests of `ids` against one implementation. */
  | { ids: readonly string[]; impl: ImplTarget; options: RunOptions }
  /** One test file of kata `id` (the learner's own tests) against each of several implementations. */
  | { file: { id: string; testFile: string; targets: readonly TestTarget[] }; options: RunOptions };

/** A report, under its kata id (or `key`, the target's, for a run against several targets). */
export type TestsChildMessage = { report: KataTestReport; key?: string } | { progress: true };

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
  if (!isSomeonesCode(impl)) return undefined;
  // Behind the bridge the solution runs in a nested sandbox of its own that never sees the
  // reference; the tests' process runs it on an input the solution finds costly (bridge/client.ts).
  const references = runsBehindBridge(impl) ? (ids ?? []).map((id) => solutionFiles(id).reference) : [];
  return { readOnly: [...readableFor(impl, ids, 'tests'), ...references], memoryMb: TESTS_MEMORY_MB, maxTasks: 512 };
}

export function stoppedReport(id: string, impl: ImplTarget, seed: number, stopped: Stop): KataTestReport {
  return {
    id, impl: describeImpl(impl), seed, status: 'failing', passed: 0, failed: 0, failures: [],
    loadErrors: [describeStop(stopped, TEST_PROCESS)], stopped,
  };
}

async function runChild(request: TestsChildRequest, sandbox: SandboxSpec | undefined, stallMs: number, startupMs: number, onReport?: (key: string, report: KataTestReport) => void): Promise<{ reports: Map<string, KataTestReport>; outcome: Outcome }> {
  const reports = new Map<string, KataTestReport>();
  const child = supervise<TestsChildMessage>({
    module: CHILD, request, startupMs, stallMs, sandbox,
    onMessage: (message) => {
      if ('report' in message) {
        const key = message.key ?? message.report.id;
        reports.set(key, message.report);
        onReport?.(key, message.report);
      }
    },
  });
  return { reports, outcome: await child.outcome };
}

/** A run that failed before any kata finished, not because of one: the harness's problem, not the learner's. */
function failedToRun(outcome: Outcome): boolean {
  return outcome.kind === 'crashed' || (outcome.kind === 'exited' && !!outcome.code);
}

/**
 * One supervised run over `keys` (kata ids, or targets), then each key without a report on its
 * own, so only the culprit of a stall is blamed; a key that still has none gets `stopped`'s report.
 */
async function runSupervised(
  keys: readonly string[], requestFor: (keys: readonly string[]) => TestsChildRequest, sandboxFor: (keys: readonly string[]) => SandboxSpec | undefined,
  isolation: IsolationOptions, stopped: (key: string, stop: Stop) => KataTestReport, onReport?: (key: string, report: KataTestReport) => void,
): Promise<Map<string, KataTestReport>> {
  const stallMs = isolation.stallMs ?? STALL_MS;
  const startupMs = isolation.startupMs ?? STARTUP_MS;
  const first = await runChild(requestFor(keys), sandboxFor(keys), stallMs, startupMs, onReport);
  const reports = first.reports;
  const missing = keys.filter((key) => !reports.has(key));
  if (missing.length === keys.length && failedToRun(first.outcome)) {
    throw new Error(describeStop(stopOf(first.outcome, 'a report'), TEST_PROCESS), { cause: first.outcome });
  }
  const stops = new Map(missing.map((key) => [key, stopOf(first.outcome, `a report for ${key}`)]));
  if (missing.length > 1) {
    for (const key of missing) {
      const again = await runChild(requestFor([key]), sandboxFor([key]), stallMs, startupMs, onReport);
      const report = again.reports.get(key);
      if (report) reports.set(key, report);
      else stops.set(key, stopOf(again.outcome, `a report for ${key}`));
    }
  }
  for (const key of keys) if (!reports.has(key)) reports.set(key, stopped(key, stops.get(key)!));
  return reports;
}

/** Runs the tests of the given katas against `impl`, isolated, and returns one report per kata, in order. */
export async function runKataTests(ids: readonly string[], impl: ImplTarget, options: RunOptions, isolation: IsolationOptions = {}): Promise<KataTestReport[]> {
  if (ids.length === 0) return [];
  const reports = await runSupervised(
    ids, (some) => ({ ids: some, impl, options }), (some) => testsSandbox(impl, some), isolation,
    (id, stop) => stoppedReport(id, impl, options.seed, stop), isolation.onReport && ((_, report) => isolation.onReport!(report)),
  );
  return ids.map((id) => reports.get(id)!);
}

/**
 * Runs one test file of kata `id` that is the learner's own (`kata hack`) against each target,
 * isolated and sandboxed (the test file is their code), and returns each target's report by key.
 * The sandbox may read what a learner's check may, and the targets' files.
 */
export async function runTestFileAgainst(
  id: string, testFile: string, targets: readonly TestTarget[], options: RunOptions,
): Promise<Map<string, KataTestReport>> {
  if (targets.length === 0) return new Map();
  const sandbox: SandboxSpec = {
    readOnly: [...readableFor(LEARNER, [id], 'tests'), testFile, ...targets.map((t) => implFile(t.impl, id))],
    memoryMb: TESTS_MEMORY_MB,
    maxTasks: 512,
  };
  const byKey = new Map(targets.map((t) => [t.key, t]));
  return runSupervised(
    targets.map((t) => t.key), (keys) => ({ file: { id, testFile, targets: keys.map((key) => byKey.get(key)!) }, options }), () => sandbox, {},
    (key, stop) => stoppedReport(id, byKey.get(key)!.impl, options.seed, stop),
  );
}
