/**
 * From measurements to a verdict. Pure: the same Measurement always gives the same Verdict, so
 * the rule is unit-tested on synthetic cost functions with known slopes and injected noise.
 *
 * The rule (design.md): the learner's growth is judged RELATIVE to the reference measured in the
 * same run. Correct solutions of the same class drift −0.22…+0.31 in the log-log slope of their
 * time ratio; a quadratic solution against a linear reference reads ≈ 0.7. So a regression needs
 * (a) the ratio's slope clearly above that drift, with a confidence bound, (b) the ratio growing
 * several-fold across the sizes, and (c) a second pass that reproduces both, or two of three passes
 * when the first two disagree (engine.ts, combinePasses).
 * Anything between "clearly fine" and "clearly worse" is inconclusive, which never fails.
 */
import type { ComplexityClass } from '../../kit/index.ts';
import { bucketOfClass, bucketOfSlope, labelOfClass, labelOfSlope, type Bucket } from './buckets.ts';
import type { Measurement } from './measure.ts';
import { logLogSlope, theilSen, type SlopeEstimate } from '../stats.ts';

export const RULE = {
  /** Doubling sizes: the ratio's log-log slope must have its lower bound above this… */
  ratioSlopeLow: 0.4,
  /** …its estimate above this… */
  ratioSlope: 0.5,
  /** …and the ratio must grow at least this many times from the smallest to the largest size. */
  fold: 5,
  /** Below this ratio slope (upper bound) the growth is the reference's: ok. */
  okSlopeHigh: 0.4,
  /** Linear sizes (exponential katas): per-step growth of ln(ratio), lower bound and fold. */
  linearStepLow: Math.log(1.08),
  linearFold: 3,
  linearOkStepHigh: Math.log(1.15),
  /** A learner over budget where the reference still takes less than this fraction of the limit. */
  budgetRatio: 10,
  /** At least this many common sizes to judge. */
  minCommon: 4,
} as const;

export type VerdictKind = 'ok' | 'regression' | 'inconclusive';

export interface SideSummary {
  slope: SlopeEstimate | null;
  /** Bucket of the slope; for linear-size benches, 'super-polynomial' when time grows by a factor per step. */
  bucket: Bucket | 'gap' | null;
  label: string;
}

export interface Verdict {
  kind: VerdictKind;
  /** One sentence a learner reads. */
  text: string;
  /** Why, in the rule's own terms, for --json and for the self-check's failure messages. */
  reasons: string[];
  target: ComplexityClass;
  reference: SideSummary;
  learner: SideSummary;
  ratio: { slope: SlopeEstimate | null; fold: number | null; atMaxN: number | null; maxN: number | null };
  /** Whether the reference itself lands in its target's bucket (a content check, never the learner's fault). */
  referenceMeetsTarget: boolean | null;
}

function formatN(n: number): string {
  return n.toLocaleString('en-US').replace(/,/g, ' ');
}

function formatRatio(r: number): string {
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

function summarise(ns: number[], times: number[], linear: boolean): SideSummary {
  if (ns.length < 2) return { slope: null, bucket: null, label: 'not measured' };
  if (linear) {
    const slope = theilSen(ns, times.map(Math.log));
    const factor = Math.exp(slope.slope);
    const bucket = factor >= 1.25 ? 'super-polynomial' : 'gap';
    return { slope, bucket, label: `×${factor.toFixed(2)} per step of n` };
  }
  const slope = logLogSlope(ns, times);
  return { slope, bucket: bucketOfSlope(slope.slope), label: labelOfSlope(slope.slope) };
}

export function judge(m: Measurement, target: ComplexityClass): Verdict {
  const linear = m.kind === 'linear';
  const refPoints = m.points.filter((p) => p.reference !== null);
  const common = m.points.filter((p) => p.reference !== null && p.learner !== null);
  // Per-step growth describes an exponential target; any other target is read on log-log axes.
  const perStep = linear && target === 'exponential';
  const reference = summarise(refPoints.map((p) => p.n), refPoints.map((p) => p.reference!), perStep);
  const learner = summarise(common.map((p) => p.n), common.map((p) => p.learner!), perStep);
  const targetBucket = bucketOfClass(target);
  const referenceMeetsTarget = reference.bucket === null ? null : reference.bucket === targetBucket;
  const reasons: string[] = [];
  const base = { target, reference, learner, referenceMeetsTarget };

  const ratios = common.map((p) => p.learner! / p.reference!);
  const last = common.at(-1);
  const ratioAtMax = ratios.at(-1) ?? null;
  const ratio = {
    slope: null as SlopeEstimate | null,
    fold: null as number | null,
    atMaxN: ratioAtMax,
    maxN: last?.n ?? null,
  };

  // Over budget: the learner could not be timed at sizes where the reference is still fast.
  const refAtBudget = m.learnerOverBudgetAt === null ? null : m.points.find((p) => p.n >= m.learnerOverBudgetAt!)?.reference ?? null;
  const overBudget = m.learnerOverBudgetAt !== null;

  if (common.length < RULE.minCommon) {
    if (overBudget && (refAtBudget === null || refAtBudget * RULE.budgetRatio < (m.learnerOverBudgetMs ?? Infinity))) {
      reasons.push(`learner over the time budget from n = ${m.learnerOverBudgetAt}, measured at only ${common.length} sizes`);
      return {
        ...base, ratio, reasons, kind: 'regression',
        text: `too slow to measure: a single call at n = ${formatN(m.learnerOverBudgetAt!)} exceeds the time budget, where the reference ${refAtBudget !== null ? `takes ${refAtBudget.toFixed(2)} ms` : 'is still fast'}; target ${labelOfClass(target)}`,
      };
    }
    reasons.push(`only ${common.length} sizes measured on both sides (need ${RULE.minCommon})`);
    return { ...base, ratio, reasons, kind: 'inconclusive', text: `inconclusive: too few sizes could be measured (${common.length})` };
  }

  const xs = common.map((p) => (linear ? p.n : Math.log(p.n)));
  const logRatios = ratios.map(Math.log);
  const slope = theilSen(xs, logRatios);
  // Fold: the measured ratio at the largest common size over that at the smallest (medians of rounds).
  const fold = ratios.at(-1)! / ratios[0]!;
  ratio.slope = slope;
  ratio.fold = fold;

  const low = linear ? RULE.linearStepLow : RULE.ratioSlopeLow;
  const needFold = linear ? RULE.linearFold : RULE.fold;
  const okHigh = linear ? RULE.linearOkStepHigh : RULE.okSlopeHigh;
  reasons.push(
    `ratio slope ${slope.slope.toFixed(2)} [${slope.low.toFixed(2)}, ${slope.high.toFixed(2)}]${linear ? ' per step (ln)' : ' (log-log)'}, ratio grew ${fold.toFixed(1)}× over ${common.length} sizes`,
  );
  const grows = linear ? learner.label : `grows like ${learner.label}`;
  const r = ratioAtMax!;
  const comparison = r >= 1.25 ? `${formatRatio(r)} slower than` : r <= 0.8 ? `${formatRatio(1 / r)} faster than` : `about as fast as (${r.toFixed(2)}×)`;
  const atMax = `at n = ${formatN(last!.n)} it is ${comparison} the reference`;

  const clearlyWorse = slope.low > low && slope.slope > (linear ? low : RULE.ratioSlope) && fold >= needFold;
  const budgetBlowUp = overBudget && fold >= 2 && slope.slope > (linear ? 0 : 0.3) && refAtBudget !== null && (m.learnerOverBudgetMs ?? Infinity) > refAtBudget * RULE.budgetRatio;
  if (clearlyWorse || budgetBlowUp) {
    if (budgetBlowUp) reasons.push(`learner over the time budget from n = ${m.learnerOverBudgetAt}`);
    return { ...base, ratio, reasons, kind: 'regression', text: `${grows}; target ${labelOfClass(target)}; ${atMax}` };
  }
  if (slope.high < okHigh || slope.slope < (linear ? okHigh / 3 : 0.2) || fold < 2) {
    return { ...base, ratio, reasons, kind: 'ok', text: `meets the target ${labelOfClass(target)}: grows like the reference; ${atMax}` };
  }
  reasons.push('between the drift of correct solutions and a clear regression');
  return { ...base, ratio, reasons, kind: 'inconclusive', text: `inconclusive: grows somewhat faster than the reference (${atMax}); not judged` };
}
