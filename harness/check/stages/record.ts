/**
 * Stage 3, record: the learner's own code only. Each kata's check goes into the state file's
 * history (one locked read-modify-write for the whole batch), with the latest growth measurement
 * for the report's charts; the result says whether the kata regressed since it last met its target.
 */
import { regressionOverTime, type CheckRecord, type RegressionOverTime } from '../../outcome/outcome.ts';
import { kataState, recordCheck, updateState } from '../../state/store.ts';
import type { KataOutcome, Stage } from '../stage.ts';
import { complexityRecord, measurementRecord } from './complexity.ts';

export interface RecordResult {
  /** Set when the kata met its target before and no longer does. */
  regression: RegressionOverTime | null;
  /** A warning about the state file (damaged and moved aside), if any. */
  stateWarning?: string;
}

declare module '../stage.ts' {
  interface StageResults { record: RecordResult }
}
declare module '../stage.ts' {
  interface CheckPlan {
    /** Keep the outcome in the learner's state (only ever for the learner's own code). */
    record?: boolean;
  }
}

/** What the history keeps of a kata's check: the tests' counts and, when it ran, the time verdict. */
export function checkRecordOf(outcome: KataOutcome, at: string): CheckRecord | null {
  const tests = outcome.results.tests;
  if (!tests) return null;
  const complexity = outcome.results.complexity;
  return {
    at,
    status: tests.report.status,
    passed: tests.report.passed,
    failed: tests.report.failed,
    ...(complexity ? { complexity: complexityRecord(complexity) } : {}),
  };
}

export const recordStage: Stage<'record'> = {
  name: 'record',
  skip(outcome, { impl, plan }) {
    if (impl.kind !== 'learner') return 'not the learner\'s own code';
    if (!plan.record) return 'not asked to record';
    if (plan.tests?.testName) return 'only some of the tests ran';
    return outcome.results.tests ? null : 'the tests did not run';
  },
  async run(outcomes, _context, emit) {
    const at = new Date().toISOString();
    const regressions = new Map<string, RegressionOverTime | null>();
    const { warning } = await updateState((state) => {
      for (const outcome of outcomes) {
        const complexity = outcome.results.complexity;
        const measurement = complexity ? measurementRecord(complexity, at) : null;
        if (measurement) kataState(state, outcome.id).measurement = measurement;
        recordCheck(state, outcome.id, checkRecordOf(outcome, at)!);
        regressions.set(outcome.id, regressionOverTime(state.katas[outcome.id]!.history));
      }
    });
    for (const outcome of outcomes) emit(outcome.id, { regression: regressions.get(outcome.id) ?? null, ...(warning ? { stateWarning: warning } : {}) });
  },
  mark: () => 'neutral',
};
