/**
 * The complexity stage as the rest of the harness sees it: one call per kata, a record for the
 * state file, and the "regressed over time" rule.
 */
import type { KataMeta } from '../kit/index.ts';
import { labelOfClass } from '../engine/time/buckets.ts';
import { isFailure } from '../engine/time/time-growth.ts';
import { runComplexity, type ComplexityResult, type RunComplexityOptions } from '../engine/run.ts';
import type { ImplTarget } from '../impl/impl.ts';
import type { ComplexityRecord, HistoryEntry, MeasurementRecord } from '../state/store.ts';

export async function complexityStage(id: string, impl: ImplTarget, meta: KataMeta, options: RunComplexityOptions = {}): Promise<ComplexityResult | null> {
  if (meta.target.class === null) return null;
  const [result] = await runComplexity([{ id, impl, target: meta.target.class }], options);
  return result!;
}

export function complexityRecord(result: ComplexityResult): ComplexityRecord {
  if (isFailure(result)) {
    return { verdict: 'error', grows: null, target: null, ratio: null, maxN: null, text: result.error };
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

/** The last measurement of a successful complexity stage, as the state file keeps it for charts. */
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

export interface RegressionOverTime {
  metAt: string;
  target: string;
  now: string;
}

/**
 * "Complexity regression" over time: the kata once met its target, and the latest verdict
 * is a regression (or the solution now errs on large inputs). Inconclusive never counts.
 */
export function regressionOverTime(history: readonly HistoryEntry[]): RegressionOverTime | null {
  const latest = [...history].reverse().find((e) => e.complexity);
  if (!latest?.complexity || (latest.complexity.verdict !== 'regression' && latest.complexity.verdict !== 'error')) return null;
  const met = [...history].reverse().find((e) => e.status === 'passing' && e.complexity?.verdict === 'ok');
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
