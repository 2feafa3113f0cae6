/**
 * Runs kata test files with Vitest, in-process, against one implementation, and returns plain
 * data: one report per kata. Prints nothing.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { startVitest, type Reporter, type TestModule, type TestCase } from 'vitest/node';
import { kataFiles, ROOT } from '../base/paths.ts';
import { describeImpl, implFile, type ImplTarget } from '../impl/impl.ts';
import { parseProblem } from '../impl/parse.ts';
import { typeProblems } from '../impl/types.ts';
import { kataTestOptions, viteConfigFor, WORKER_HEAP_MB } from './vitest-config.ts';
import { parsePropertyFailure, type PropertyFailure } from './fast-check-failure.ts';
import type { Stop } from '../process/supervisor.ts';

export type TestStatus = 'not-started' | 'failing' | 'passing';

export interface FailureReport {
  /** The test's full title (describe > it); the same on every run (no seed in it: #kit/testing). */
  test: string;
  /** The test's own title, which `--test` filters on. */
  name: string;
  /** The assertion or error message, first lines. */
  message: string;
  /** Present when a property failed: the shrunk counterexample and how to replay it. */
  property?: PropertyFailure;
  notImplemented: boolean;
}

export interface KataTestReport {
  id: string;
  impl: string;
  seed: number;
  status: TestStatus;
  passed: number;
  failed: number;
  failures: FailureReport[];
  /** Errors outside any test: the implementation did not load (syntax error, missing export...). */
  loadErrors: string[];
  /** Set when the test process was stopped before this kata's file finished; `loadErrors` says it in words. */
  stopped?: Stop;
  /** When the tests did not pass: what the TypeScript compiler says about the implementation file (impl/types.ts). */
  typeErrors?: string[];
}

export interface RunOptions {
  seed: number;
  /** Cases per property instead of fast-check's 100 (KATA_NUM_RUNS in setup.ts). */
  numRuns?: number;
  /** Only tests whose title contains this text (used to replay one property). */
  testName?: string;
  /** fast-check replay path, with `seed` and `testName`. */
  replayPath?: string;
  /**
   * Skip tests inside a describe block titled "… complexity contract": they assert the target
   * bound itself (e.g. predicate call counts), which a brute force is exempt from by design.
   */
  skipComplexityContract?: boolean;
  /**
   * Run every test file in a fresh worker (default). Off only for trusted content (lint's runs of
   * references, brute forces, mutants and stubs): sharing workers cuts a 67-file run from minutes
   * to seconds, but one learner's crash could then take other katas' results with it. Such a run
   * also uses every core (Vitest's own default leaves one idle: on 2 cores, one file at a time).
   */
  isolate?: boolean;
  /** When a kata's tests fail, add what TypeScript says about its implementation file (`kata check` only: see impl/types.ts). */
  typeCheck?: boolean;
}

/** Title of the describe block that holds a kata's complexity-bound assertions. */
export const COMPLEXITY_CONTRACT = 'complexity contract';

interface SerializedErrorLike {
  name?: string;
  message?: string;
  cause?: unknown;
}

function mentionsNotImplemented(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as SerializedErrorLike;
  if (e.name === 'NotImplemented' || /is not implemented yet/.test(e.message ?? '')) return true;
  return mentionsNotImplemented(e.cause, depth + 1);
}

function describeCause(error: SerializedErrorLike): string {
  const cause = error.cause as SerializedErrorLike | undefined;
  if (!cause || typeof cause !== 'object') return '';
  return `${cause.name ?? 'Error'}: ${cause.message ?? ''}`.trim();
}

function describeUnhandled(error: SerializedErrorLike): string {
  const text = `${error.name ?? 'Error'}: ${error.message ?? ''}`;
  const cause = error.cause as SerializedErrorLike | undefined;
  const causeText = cause?.message ? ` (${cause.message})` : '';
  if (/Worker exited unexpectedly/.test(text + causeText)) {
    return `the test worker died while running your code${causeText}: most often it ran out of memory (the limit is ${WORKER_HEAP_MB} MB) or ended the process`;
  }
  return text + causeText;
}

/**
 * Chai's value printer (loupe) writes positive zero as `+0` to tell it from `-0`: a learner reads
 * `expected [ +0, 1 ] to be null` and wonders where the plus came from. Plain `0` is what they
 * wrote; `-0` stays as it is. Only a `+0` standing alone as a value is changed (not `+0.5`,
 * `1e+0`, or one inside quotes).
 */
export function plainZeros(message: string): string {
  return message.replace(/(?<![\w.'"`+-])\+0(?![\w.])/g, '0');
}

function failureOf(test: TestCase): FailureReport {
  const errors = (test.result().errors ?? []) as readonly SerializedErrorLike[];
  const first = errors[0] ?? { message: 'failed without an error' };
  const property = parsePropertyFailure(first.message ?? '') ?? undefined;
  // For a property the message is fast-check's report; what actually broke is its cause.
  const message = property ? describeCause(first) || 'the property returned false' : (first.message ?? '');
  return {
    test: test.fullName,
    name: test.name,
    message: plainZeros(message.split('\n').slice(0, 12).join('\n')),
    ...(property ? { property } : {}),
    notImplemented: errors.some((e) => mentionsNotImplemented(e)),
  };
}

/** One kata's report from its finished test module (exported for the warm watch-mode runner). */
export function reportOfModule(id: string, module: TestModule | undefined, impl: ImplTarget, seed: number): KataTestReport {
  const failures: FailureReport[] = [];
  let passed = 0;
  const loadErrors: string[] = [];
  let loadNotImplemented = 0;
  if (!module) loadErrors.push('the test file did not run');
  else {
    for (const error of module.errors()) {
      loadErrors.push(`${error.name ?? 'Error'}: ${error.message}`);
      if (mentionsNotImplemented(error)) loadNotImplemented++;
    }
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failures.push(failureOf(test));
    }
  }
  // A file that does not parse: say where, instead of the bundler's message about `<stdin>`.
  const unparsed = loadErrors.length > 0 ? parseProblem(implFile(impl, id)) : null;
  if (unparsed) return { id, impl: describeImpl(impl), seed, status: 'failing', passed, failed: failures.length, failures, loadErrors: [unparsed] };
  // Not started: everything that went wrong is a stub's NotImplemented (also when a test file
  // builds the kata's class while loading, before any test runs).
  const notStarted =
    loadNotImplemented === loadErrors.length && failures.every((f) => f.notImplemented) && failures.length + loadErrors.length > 0;
  const status: TestStatus = notStarted ? 'not-started' : failures.length || loadErrors.length ? 'failing' : 'passing';
  return { id, impl: describeImpl(impl), seed, status, passed, failed: failures.length, failures, loadErrors };
}

/**
 * A report of tests that did not pass gets the implementation's type errors, unless it did not
 * even parse (that message says it all). Changes `report` and returns it.
 */
export function withTypeErrors(report: KataTestReport, impl: ImplTarget): KataTestReport {
  if (report.status !== 'failing' || report.loadErrors.some((e) => e.startsWith('your file does not parse'))) return report;
  const problems = typeProblems(implFile(impl, report.id));
  if (problems.length > 0) report.typeErrors = problems;
  return report;
}

/**
 * The report of a test file that never finished on its own (its worker died: out of memory,
 * process.exit in a callback…) takes the run's errors that no file claimed: a file that seemed to
 * pass fails, and every file that does not pass lists them. Changes `report` and returns it.
 */
export function attributeUnhandled(report: KataTestReport, unhandled: readonly string[]): KataTestReport {
  if (report.status === 'passing' && unhandled.length > 0) report.status = 'failing';
  if (report.status !== 'passing') report.loadErrors.push(...unhandled);
  return report;
}

/**
 * Runs the tests of the given katas against `impl` in THIS process (Vitest's own workers do the
 * running). Use `runKataTests` (isolated.ts) unless you are the isolated child. `onReport` gets
 * each kata's report as soon as its file finishes.
 */
export async function runKataTestsHere(
  ids: readonly string[], impl: ImplTarget, options: RunOptions, onReport?: (report: KataTestReport) => void, onProgress?: () => void,
): Promise<KataTestReport[]> {
  const reports = new Map<string, KataTestReport>();
  const runnable = ids.filter((id) => {
    const file = implFile(impl, id);
    if (existsSync(file)) return true;
    const report: KataTestReport = {
      id, impl: describeImpl(impl), seed: options.seed, status: 'failing', passed: 0, failed: 0, failures: [],
      loadErrors: [`no implementation file: expected ${path.relative(ROOT, file) || file}`],
    };
    reports.set(id, report);
    onReport?.(report);
    return false;
  });
  if (runnable.length > 0) {
    let modules: readonly TestModule[] = [];
    const reported = new Map<string, KataTestReport>();
    const unhandled: string[] = [];
    const idOfFile = new Map(runnable.map((id) => [kataFiles(id).test, id]));
    const typeChecked = (report: KataTestReport) => (options.typeCheck ? withTypeErrors(report, impl) : report);
    const collector: Reporter = {
      onTestModuleStart: () => onProgress?.(),
      onTestCaseResult: () => onProgress?.(),
      onTestModuleEnd: (module) => {
        const id = idOfFile.get(path.resolve(module.moduleId));
        if (id && onReport) {
          const report = typeChecked(reportOfModule(id, module, impl, options.seed));
          reported.set(id, report);
          onReport(report);
        }
      },
      onTestRunEnd: (testModules, errors) => {
        modules = testModules;
        unhandled.push(...errors.map((e) => describeUnhandled(e as SerializedErrorLike)));
      },
    };
    const env: Record<string, string> = { KATA_SEED: String(options.seed) };
    if (options.replayPath) env.KATA_PATH = options.replayPath;
    if (options.numRuns) env.KATA_NUM_RUNS = String(options.numRuns);
    const vitest = await startVitest(
      'test',
      runnable.map((id) => kataFiles(id).test),
      {
        config: false,
        watch: false,
        reporters: [collector],
        ...(options.testName
          ? { testNamePattern: escapeRegExp(options.testName) }
          : options.skipComplexityContract ? { testNamePattern: `^(?!.*${COMPLEXITY_CONTRACT})` } : {}),
      },
      { ...viteConfigFor(impl), test: { ...kataTestOptions(), isolate: options.isolate ?? true, ...(options.isolate === false ? { maxWorkers: availableParallelism() } : {}), env } },
    );
    await vitest.close();
    const byFile = new Map(modules.map((m) => [path.resolve(m.moduleId), m]));
    for (const id of runnable) {
      const streamed = reported.get(id);
      const report = streamed ?? typeChecked(attributeUnhandled(reportOfModule(id, byFile.get(kataFiles(id).test), impl, options.seed), unhandled));
      reports.set(id, report);
      if (!streamed) onReport?.(report);
    }
  }
  return ids.map((id) => reports.get(id)!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
