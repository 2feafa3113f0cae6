/**
 * Stage 4, record: the learner's own code only. Each kata's check goes into the state file's
 * history (one locked read-modify-write for the whole batch), with the latest growth measurement
 * for the report's charts; the result says whether the kata regressed since it last met its target.
 * A kata that passes for the first time gets its review card (state/review.ts), graded from its
 * history up to that pass.
 */
import { difficultyOf } from '../../catalogue/katas.ts';
import type { Difficulty } from '../../kit/index.ts';
import { regressionOverTime, type CheckRecord, type RegressionOverTime } from '../../outcome/outcome.ts';
import { scheduleFirstPass, type ReviewLogEntry } from '../../state/review.ts';
import { kataState, recordCheck, updateState } from '../../state/store.ts';
import type { KataOutcome, Stage } from '../stage.ts';
import { complexityRecord, measurementRecord } from './complexity.ts';
import { spaceMeasurementRecord, spaceRecord } from './space.ts';

export interface RecordResult {
  /** Set when the kata met its target before and no longer does. */
  regression: RegressionOverTime | null;
  /** A warning about the state file (damaged and moved aside), if any. */
  stateWarning?: string;
  /** Set when this check made the kata's review card: its first pass, graded. */
  scheduled?: ReviewLogEntry;
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

/** What the history keeps of a kata's check: the tests' counts and, when they ran, the time and space verdicts. */
export function checkRecordOf(outcome: KataOutcome, at: string): CheckRecord | null {
  const tests = outcome.results.tests;
  if (!tests) return null;
  const complexity = outcome.results.complexity;
  const space = outcome.results.space;
  return {
    at,
    status: tests.report.status,
    passed: tests.report.passed,
    failed: tests.report.failed,
    ...(complexity ? { complexity: complexityRecord(complexity) } : {}),
    ...(space ? { space: spaceRecord(space) } : {}),
  };
}

/** Each kata's difficulty (what counts as a fast pass; catalogue's difficultyOf). */
async function difficultiesOf(ids: readonly string[]): Promise<Map<string, Difficulty>> {
  return new Map(await Promise.all(ids.map(async (id) => [id, await difficultyOf(id)] as const)));
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
    const scheduled = new Map<string, ReviewLogEntry>();
    const difficulties = await difficultiesOf(outcomes.filter((o) => o.results.tests?.report.status === 'passing').map((o) => o.id));
    const { warning } = await updateState((state) => {
      for (const outcome of outcomes) {
        const complexity = outcome.results.complexity;
        const measurement = complexity ? measurementRecord(complexity, at) : null;
        if (measurement) kataState(state, outcome.id).measurement = measurement;
        const space = outcome.results.space;
        const spaceMeasurement = space ? spaceMeasurementRecord(space, at) : null;
        if (spaceMeasurement) kataState(state, outcome.id).spaceMeasurement = spaceMeasurement;
        recordCheck(state, outcome.id, checkRecordOf(outcome, at)!);
        const kata = state.katas[outcome.id]!;
        regressions.set(outcome.id, regressionOverTime(kata.history));
        // Only a passing kata can get its card, and every passing kata has its difficulty loaded.
        const difficulty = difficulties.get(outcome.id);
        const entry = difficulty ? scheduleFirstPass(kata, difficulty) : null;
        if (entry) scheduled.set(outcome.id, entry);
      }
    });
    for (const outcome of outcomes) {
      const entry = scheduled.get(outcome.id);
      emit(outcome.id, { regression: regressions.get(outcome.id) ?? null, ...(warning ? { stateWarning: warning } : {}), ...(entry ? { scheduled: entry } : {}) });
    }
  },
  mark: () => 'neutral',
};
