/**
 * What a check concluded, as the rest of the harness keeps and counts it: the record schemas
 * (shared by the learner's state, `kata ci`'s results files and the reports) and the predicates
 * over them, each defined here once.
 *
 * - solved: the tests pass.
 * - target met: solved, and the time verdict is ok.
 * - a stage's mark: pass, fail or neutral (inconclusive, not measured). `failedStage` names the
 *   first stage whose mark is fail.
 */
import { z } from 'zod';

export const statusSchema = z.enum(['not-started', 'failing', 'passing']);
export type TestStatus = z.infer<typeof statusSchema>;

export const complexityRecordSchema = z.object({
  /**
   * What the time stage concluded: `error` only when the code under judgement failed (threw,
   * never returned); a problem in the kata's own bench or reference is `inconclusive`.
   */
  verdict: z.enum(['ok', 'regression', 'inconclusive', 'error']),
  /** Bucket the solution grows in, e.g. "n^2"; null when not measured. */
  grows: z.string().nullable(),
  target: z.string().nullable(),
  /** Solution time / reference time at the largest size measured. */
  ratio: z.number().nullable(),
  maxN: z.number().nullable(),
  /** The verdict sentence as shown. */
  text: z.string(),
});
export type ComplexityRecord = z.infer<typeof complexityRecordSchema>;

/**
 * What the space stage concluded (advice: its mark is always neutral, it never fails a check).
 * `error` only when the code under judgement failed while measured; a problem in the kata's own
 * bench or reference is `inconclusive`.
 */
export const spaceRecordSchema = z.object({
  verdict: z.enum(['ok', 'regression', 'inconclusive', 'error']),
  /** How the solution's extra memory grows, e.g. "O(n)"; null when not measured. */
  grows: z.string().nullable(),
  /** The kata's space target as its README states it, e.g. "O(min(|a|, |b|))". */
  target: z.string().nullable(),
  /** Solution's extra bytes at the largest size measured on both sides, and that size. */
  bytes: z.number().nullable(),
  maxN: z.number().nullable(),
  /** The verdict sentence as shown. */
  text: z.string(),
});
export type SpaceRecord = z.infer<typeof spaceRecordSchema>;

/** One check of one kata, as the state's history and a results file keep it. */
export const checkRecordSchema = z.object({
  at: z.string(),
  status: statusSchema,
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  complexity: complexityRecordSchema.optional(),
  /** The space verdict, when the space stage ran (the learner's own checks of katas with a space target). */
  space: spaceRecordSchema.optional(),
});
export type CheckRecord = z.infer<typeof checkRecordSchema>;

/** The latest growth measurement of a kata, for `kata report`'s charts. */
export const measurementRecordSchema = z.object({
  at: z.string(),
  n: z.array(z.number()),
  /** CPU ms per call; null where the solution was over budget. */
  learner: z.array(z.number().nullable()),
  reference: z.array(z.number().nullable()),
  learnerSlope: z.number().nullable(),
  referenceSlope: z.number().nullable(),
  kind: z.enum(['doubling', 'linear']),
});
export type MeasurementRecord = z.infer<typeof measurementRecordSchema>;

/** The latest memory measurement of a kata, for `kata report`'s charts beside the time growth. */
export const spaceMeasurementRecordSchema = z.object({
  at: z.string(),
  n: z.array(z.number()),
  /** Extra bytes per call (the result not counted); null where a side was not measured. */
  learner: z.array(z.number().nullable()),
  reference: z.array(z.number().nullable()),
  /** The input family measured. */
  family: z.string(),
});
export type SpaceMeasurementRecord = z.infer<typeof spaceMeasurementRecordSchema>;

/** The least the predicates need: a test status and, when the time stage ran, its record. */
export interface OutcomeRecord {
  status: TestStatus;
  complexity?: Pick<ComplexityRecord, 'verdict'> | null | undefined;
}

export type Mark = 'pass' | 'fail' | 'neutral';

/** Solved: the tests pass. */
export function isSolved(record: OutcomeRecord): boolean {
  return record.status === 'passing';
}

/** Target met: solved, and the time verdict is ok. */
export function isTargetMet(record: OutcomeRecord): boolean {
  return isSolved(record) && record.complexity?.verdict === 'ok';
}

/** The tests stage's mark: anything but passing (not started included) fails it. */
export function testsMark(status: TestStatus): Mark {
  return status === 'passing' ? 'pass' : 'fail';
}

/** The time stage's mark: ok passes; a regression or the solution's own error fails; the rest is neutral. */
export function complexityMark(complexity: Pick<ComplexityRecord, 'verdict'> | null | undefined): Mark {
  if (!complexity) return 'neutral';
  if (complexity.verdict === 'ok') return 'pass';
  return complexity.verdict === 'regression' || complexity.verdict === 'error' ? 'fail' : 'neutral';
}

/** The first stage, in order, whose mark is fail; null when none failed. */
export function failedStage<S extends string>(marks: readonly { stage: S; mark: Mark }[]): S | null {
  return marks.find((m) => m.mark === 'fail')?.stage ?? null;
}

/** The marks of a kept record, in stage order (tests, then the time stage when it ran). */
export function marksOfRecord(record: OutcomeRecord): { stage: 'tests' | 'complexity'; mark: Mark }[] {
  const marks: { stage: 'tests' | 'complexity'; mark: Mark }[] = [{ stage: 'tests', mark: testsMark(record.status) }];
  if (record.complexity) marks.push({ stage: 'complexity', mark: complexityMark(record.complexity) });
  return marks;
}

/** Done, for watch mode and "next unsolved": no stage of the latest record failed. */
export function isDone(record: OutcomeRecord): boolean {
  return failedStage(marksOfRecord(record)) === null;
}

export interface Counts {
  solved: number;
  met: number;
  total: number;
}

/** Solved and target-met counts: what the watch header, `kata list`, the report, `kata ci` and the leaderboard show. */
export function countOutcomes(records: readonly OutcomeRecord[]): Counts {
  return {
    solved: records.filter(isSolved).length,
    met: records.filter(isTargetMet).length,
    total: records.length,
  };
}

/**
 * A kata's record as the state holds it now: its latest status, with the latest time verdict
 * taken (a check that skipped the time stage keeps the verdict before it).
 */
export function currentRecord(kata: { status: TestStatus; history: readonly CheckRecord[] } | undefined): OutcomeRecord & { complexity: ComplexityRecord | null } {
  if (!kata) return { status: 'not-started', complexity: null };
  const latest = [...kata.history].reverse().find((e) => e.complexity)?.complexity ?? null;
  return { status: kata.status, complexity: latest };
}

export interface RegressionOverTime {
  metAt: string;
  target: string;
  now: string;
}

/**
 * "Complexity regression" over time: the kata once met its target, and the latest time verdict
 * fails (a regression, or the solution now errs on large inputs). Inconclusive never counts.
 */
export function regressionOverTime(history: readonly CheckRecord[]): RegressionOverTime | null {
  const latest = [...history].reverse().find((e) => e.complexity);
  if (!latest?.complexity || complexityMark(latest.complexity) !== 'fail') return null;
  const met = [...history].reverse().find(isTargetMet);
  if (!met) return null;
  return {
    metAt: met.at.slice(0, 10),
    target: met.complexity!.target ?? 'its target',
    now: latest.complexity.verdict === 'error' ? 'fails on large inputs' : `grows like ${latest.complexity.grows}`,
  };
}

export function describeRegression(r: RegressionOverTime): string {
  return `regressed: met ${r.target} on ${r.metAt}, now ${r.now}`;
}
