/** Stage 1, tests: the kata's examples and properties, run by Vitest in a supervised process. */
import { testsMark } from '../../outcome/outcome.ts';
import type { ImplTarget } from '../../impl/impl.ts';
import { runKataTests } from '../../runner/isolated.ts';
import type { KataTestReport } from '../../runner/run-tests.ts';
import { replayOf, type Replay } from '../replay.ts';
import type { Stage } from '../stage.ts';

export interface TestsResult {
  report: KataTestReport;
  /** One command per failing property that replays exactly its counterexample. */
  replays: Replay[];
}

export interface TestsPlan {
  /** Only tests whose title contains this (replaying one property); later stages then do not run. */
  testName?: string;
  /** fast-check replay path, with the seed and `testName`. */
  replayPath?: string;
  /** Skip the "complexity contract" tests (brute forces are exempt from the bound by design). */
  skipComplexityContract?: boolean;
  /** Fresh worker per test file (default true); off only for trusted content. */
  isolate?: boolean;
  /** When the tests fail, add the implementation file's type errors (`kata check` of one kata). */
  typeCheck?: boolean;
  /** Cases per property instead of fast-check's 100 (lint's check of an equivalence claim). */
  numRuns?: number;
  /** How long a test may go without finishing before the run is stopped, ms. */
  stallMs?: number;
  /** Run one kata's tests another way (watch mode's warm process) instead of a fresh isolated run. */
  runOne?: (id: string, impl: ImplTarget, seed: number) => Promise<KataTestReport>;
}

declare module '../stage.ts' {
  interface StageResults { tests: TestsResult }
}
declare module '../stage.ts' {
  interface CheckPlan { tests?: TestsPlan }
}

export const testsStage: Stage<'tests'> = {
  name: 'tests',
  skip: () => null,
  async run(outcomes, { impl, seed, plan }, emit) {
    const options = plan.tests ?? {};
    const result = (report: KataTestReport): TestsResult => ({ report, replays: report.failures.flatMap((f) => replayOf(report.id, impl, f) ?? []) });
    if (options.runOne) {
      for (const { id } of outcomes) emit(id, result(await options.runOne(id, impl, seed)));
      return;
    }
    const reports = await runKataTests(
      outcomes.map((o) => o.id),
      impl,
      {
        seed,
        ...(options.testName ? { testName: options.testName } : {}),
        ...(options.replayPath ? { replayPath: options.replayPath } : {}),
        ...(options.skipComplexityContract ? { skipComplexityContract: true } : {}),
        ...(options.isolate === false ? { isolate: false } : {}),
        ...(options.numRuns ? { numRuns: options.numRuns } : {}),
        ...(options.typeCheck ? { typeCheck: true } : {}),
      },
      { ...(options.stallMs ? { stallMs: options.stallMs } : {}), onReport: (report) => emit(report.id, result(report)) },
    );
    for (const report of reports) emit(report.id, result(report));
  },
  mark: (result) => testsMark(result.report.status),
};
