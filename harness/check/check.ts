/**
 * `kata check`: the stages of a check for one kata, as data. Runs the tests against one
 * implementation, records the result in the learner's state when it is the learner's own code,
 * and says how to replay every failing property.
 */
import { randomInt } from 'node:crypto';
import { describeImpl, type ImplTarget } from '../impl/impl.ts';
import type { FailureReport, KataTestReport } from '../runner/run-tests.ts';
import { runKataTests } from '../runner/isolated.ts';
import { kataState, recordCheck, updateState } from '../state/store.ts';
import { loadMeta } from '../catalogue/katas.ts';
import { complexityRecord, complexityStage, measurementRecord, regressionOverTime, type RegressionOverTime } from './complexity.ts';
import type { ComplexityResult, RunComplexityOptions } from '../engine/run.ts';

export interface CheckOptions {
  seed?: number;
  testName?: string;
  replayPath?: string;
  /** Record the outcome in the state file (only ever for the learner's own code). */
  record?: boolean;
  /** Run the complexity stage once the tests pass (default true). */
  complexity?: boolean;
  complexityOptions?: RunComplexityOptions;
  /** How to run the tests (watch mode passes its warm runner); default: a fresh isolated process. */
  runTests?: (id: string, impl: ImplTarget, seed: number) => Promise<KataTestReport>;
  /** Called with the test report before the complexity stage starts (watch mode shows it at once). */
  onTests?: (report: KataTestReport) => void;
  /** Called as each stage starts, for progress display. */
  onStage?: (stage: 'tests' | 'complexity') => void;
}

export interface CheckResult {
  report: KataTestReport;
  /** One command per failing property that replays exactly its shrunk counterexample. */
  replays: Replay[];
  /** The complexity stage: null when not run (tests not passing, no bench, or turned off). */
  complexity: ComplexityResult | null;
  /** Set when the kata met its target before and no longer does. */
  regression: RegressionOverTime | null;
  /** A warning about the state file (damaged and moved aside), if any. */
  stateWarning?: string;
}

export function newSeed(): number {
  return randomInt(0, 2 ** 31 - 1);
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface Replay {
  test: string;
  command: string;
  /** True when shrinking ran into the time limit: the command replays the case as first found. */
  unshrunk?: true;
}

/**
 * A shrink path longer than this many steps means shrinking went on until fast-check's time limit;
 * such a path is no line to paste.
 */
export const LONG_SHRINK_STEPS = 100;

/** The replay of one failing property: its shrunk case, or for a runaway shrink the case as first found. */
export function replayOf(id: string, impl: ImplTarget, failure: FailureReport): Replay | null {
  if (!failure.property) return null;
  const { seed, path } = failure.property;
  const steps = path.split(':');
  if (steps.length <= LONG_SHRINK_STEPS) return { test: failure.test, command: replayCommand(id, impl, seed, path, failure.name) };
  return { test: failure.test, command: replayCommand(id, impl, seed, steps[0]!, failure.name), unshrunk: true };
}

function replayCommand(id: string, impl: ImplTarget, seed: number, path: string, testName: string): string {
  const implArg = impl.kind === 'learner' ? '' : ` --impl ${quote(describeImpl(impl))}`;
  return `npx kata check ${id}${implArg} --seed ${seed} --path ${quote(path)} --test ${quote(testName)}`;
}

export async function checkKata(id: string, impl: ImplTarget, options: CheckOptions = {}): Promise<CheckResult> {
  const seed = options.seed ?? newSeed();
  options.onStage?.('tests');
  const [report] = options.runTests
    ? [await options.runTests(id, impl, seed)]
    : await runKataTests([id], impl, {
        seed,
        ...(options.testName ? { testName: options.testName } : {}),
        ...(options.replayPath ? { replayPath: options.replayPath } : {}),
      });
  options.onTests?.(report!);
  const replays = report!.failures.flatMap((f) => replayOf(id, impl, f) ?? []);
  let complexity: ComplexityResult | null = null;
  if (report!.status === 'passing' && options.complexity !== false && !options.testName) {
    options.onStage?.('complexity');
    complexity = await complexityStage(id, impl, await loadMeta(id), { seed, ...options.complexityOptions });
  }
  let stateWarning: string | undefined;
  let regression: RegressionOverTime | null = null;
  if (options.record && impl.kind === 'learner' && !options.testName) {
    const at = new Date().toISOString();
    stateWarning = (await updateState((state) => {
      const measurement = complexity ? measurementRecord(complexity, at) : null;
      if (measurement) kataState(state, id).measurement = measurement;
      recordCheck(state, id, {
        at,
        status: report!.status,
        passed: report!.passed,
        failed: report!.failed,
        ...(complexity ? { complexity: complexityRecord(complexity) } : {}),
      });
      regression = regressionOverTime(state.katas[id]!.history);
    })).warning;
  }
  return { report: report!, replays, complexity, regression, ...(stateWarning ? { stateWarning } : {}) };
}
