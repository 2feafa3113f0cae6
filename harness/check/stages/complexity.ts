/**
 * Stage 3, complexity (time growth): once the tests pass, the solution and the reference are timed
 * at growing sizes in a supervised measuring process, and judged relative to each other. The
 * engine does the measuring and judging; this stage picks the katas, and turns a result into the
 * records the state and results files keep.
 */
import { loadMeta } from '../../catalogue/katas.ts';
import { isFailure, labelOfClass, runComplexity, type ComplexityJob, type ComplexityResult, type RunComplexityOptions } from '../../engine/index.ts';
import { complexityMark, type ComplexityRecord, type MeasurementRecord } from '../../outcome/outcome.ts';
import type { Stage } from '../stage.ts';
import { implFile, type ImplTarget } from '../../impl/impl.ts';

export interface ComplexityPlan extends Omit<RunComplexityOptions, 'seed' | 'onResult'> {
  /** Measuring processes at once (default 1: two measurements on a 2-core machine share nothing). */
  concurrency?: number;
}

declare module '../stage.ts' {
  interface StageResults { complexity: ComplexityResult }
}
declare module '../stage.ts' {
  interface CheckPlan { complexity?: ComplexityPlan }
}

async function inLanes(jobs: readonly ComplexityJob[], concurrency: number, options: RunComplexityOptions): Promise<void> {
  const lanes = Array.from({ length: Math.max(1, concurrency) }, (_, lane) => jobs.filter((_, i) => i % Math.max(1, concurrency) === lane));
  await Promise.all(lanes.filter((lane) => lane.length > 0).map((lane) => runComplexity(lane, options)));
}

export const complexityStage: Stage<'complexity'> = {
  name: 'complexity',
  async skip(outcome, { plan }) {
    if (plan.tests?.testName) return 'only some of the tests ran';
    const tests = outcome.results.tests;
    if (tests && tests.report.status !== 'passing') return 'the tests do not pass';
    if (!tests && outcome.skipped.tests) return 'the tests did not run';
    return (await loadMeta(outcome.id)).target.class === null ? 'the kata has no bench' : null;
  },
  async run(outcomes, { impl, seed, plan }, emit) {
    const jobs: ComplexityJob[] = [];
    // Each job carries only its own kata's file: a `files` target (a round of approaches) names one
    // file per kata, and all of them in every job overflowed the measuring process's argv (E2BIG).
    for (const { id } of outcomes) {
      const own: ImplTarget = impl.kind === 'files' ? { kind: 'file', file: implFile(impl, id) } : impl;
      jobs.push({ id, impl: own, target: (await loadMeta(id)).target.class! });
    }
    const { concurrency = 1, ...options } = plan.complexity ?? {};
    await inLanes(jobs, concurrency, { ...options, seed, onResult: (job, result) => emit(job.id, result) });
  },
  mark: (result) => complexityMark(complexityRecord(result)),
};

/**
 * The record kept of a time verdict. An error of the solution under judgement is `error`; an error
 * in the kata's own bench or reference is a content bug, never held against the player: `inconclusive`.
 */
export function complexityRecord(result: ComplexityResult): ComplexityRecord {
  if (isFailure(result)) {
    const ours = result.side !== 'learner';
    return {
      verdict: ours ? 'inconclusive' : 'error',
      grows: null,
      target: null,
      ratio: null,
      maxN: null,
      text: ours ? `not measured: ${result.error} (a ${result.side === 'spec' ? 'bench file' : 'reference'} problem in the kata, not in the solution)` : result.error,
    };
  }
  const v = result.verdict;
  return {
    verdict: v.kind,
    grows: v.learner.label,
    target: labelOfClass(result.target),
    ratio: v.ratio.atMaxN,
    maxN: v.ratio.maxN,
    text: v.text,
  };
}

/** The last measurement of a successful time stage, as the state file keeps it for charts. */
export function measurementRecord(result: ComplexityResult, at: string): MeasurementRecord | null {
  if (isFailure(result)) return null;
  const m = result.measurements.at(-1)!;
  return {
    at,
    n: m.points.map((p) => p.n),
    learner: m.points.map((p) => p.learner),
    reference: m.points.map((p) => p.reference),
    learnerSlope: result.verdict.learner.slope?.slope ?? null,
    referenceSlope: result.verdict.reference.slope?.slope ?? null,
    kind: m.kind,
  };
}
