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
import { formatCount } from '../../base/format.ts';
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
  /** Over budget at two or more sizes where the reference takes under 1/this of the budget: a regression. */
  strandedRatio: 100,
  /** A solution in the target class but this many times slower than the reference at the top size is told so. */
  slowConstant: 10,
  /**
   * Measured apart (split.ts), a solution whose CPU off the timed batches (while its inputs
   * arrived, between calibration calls) exceeds this many times the reference's, plus all its own
   * timed CPU, plus the slack below, did its work where the clock does not look: a regression.
   * Honest differences (garbage collection a solution's allocations leave behind) stay far below.
   */
  offClockFactor: 3,
  offClockSlackMs: 100,
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
  /** The input family this verdict was measured on, when the bench has more than one. */
  family?: string;
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

/** CPU a solution measured apart spent where the clock does not look, when it is far beyond the reference's (RULE.offClockFactor). */
function hiddenWork(m: Measurement): { text: string; reason: string } | null {
  if (!m.accounts) return null;
  const { learner, reference } = m.accounts;
  const allowed = RULE.offClockFactor * reference.offClockMs + learner.timedMs + RULE.offClockSlackMs;
  if (learner.offClockMs <= allowed) return null;
  const ms = (x: number) => `${Math.round(x)} ms`;
  return {
    text: `works where it is not timed: ${ms(learner.offClockMs)} of CPU while its inputs arrived or between calibration calls (the reference: ${ms(reference.offClockMs)}; its timed calls: ${ms(learner.timedMs)}); a solution is judged on the work its calls do`,
    reason: `off-clock CPU ${learner.offClockMs.toFixed(1)} ms > ${RULE.offClockFactor} × reference's ${reference.offClockMs.toFixed(1)} ms + own timed ${learner.timedMs.toFixed(1)} ms + ${RULE.offClockSlackMs} ms`,
  };
}

/**
 * The rule follows the target, not the size schedule: an exponential target on linear sizes is
 * judged by the per-step growth of the ratio; every polynomial target is judged on log-log axes,
 * whatever sizes its bench steps through (a cubic word-break against a linear reference on sizes
 * 30…126 is a slope of 2 in the ratio, not a few per cent per step).
 */
export function judge(m: Measurement, target: ComplexityClass, family?: string): Verdict {
  const linear = m.kind === 'linear' && target === 'exponential';
  const on = family ? ` on ${family}` : '';
  const refPoints = m.points.filter((p) => p.reference !== null);
  const common = m.points.filter((p) => p.reference !== null && p.learner !== null);
  const reference = summarise(refPoints.map((p) => p.n), refPoints.map((p) => p.reference!), linear);
  const learner = summarise(common.map((p) => p.n), common.map((p) => p.learner!), linear);
  const targetBucket = bucketOfClass(target);
  const referenceMeetsTarget = reference.bucket === null ? null : reference.bucket === targetBucket;
  const reasons: string[] = [];
  const base = { target, reference, learner, referenceMeetsTarget, ...(family ? { family } : {}) };

  const hidden = hiddenWork(m);
  if (hidden) {
    reasons.push(hidden.reason);
    return { ...base, kind: 'regression', reasons, text: hidden.text, ratio: { slope: null, fold: null, atMaxN: null, maxN: null } };
  }

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
        text: `too slow to measure${on}: a single call at n = ${formatCount(m.learnerOverBudgetAt!)} exceeds the time budget, where the reference ${refAtBudget !== null ? `takes ${refAtBudget.toFixed(2)} ms` : 'is still fast'}; target ${labelOfClass(target)}`,
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
  const grows = `${linear ? learner.label : `grows like ${learner.label}`}${on}`;
  const r = ratioAtMax!;
  const comparison = r >= 1.25 ? `${formatRatio(r)} slower than` : r <= 0.8 ? `${formatRatio(1 / r)} faster than` : `about as fast as (${r.toFixed(2)}×)`;
  const atMax = `at n = ${formatCount(last!.n)} it is ${comparison} the reference`;

  const clearlyWorse = slope.low > low && slope.slope > (linear ? low : RULE.ratioSlope) && fold >= needFold;
  const budgetBlowUp = overBudget && fold >= 2 && slope.slope > (linear ? 0 : 0.3) && refAtBudget !== null && (m.learnerOverBudgetMs ?? Infinity) > refAtBudget * RULE.budgetRatio;
  // Sizes the learner could not finish while the reference took a sliver of the budget are
  // evidence, whatever the slope of the sizes it did finish (a cost that steps up, like an array
  // shift() past V8's trimming limit, has no slope at all below the step).
  const unfinished = overBudget ? m.points.filter((p) => p.n >= m.learnerOverBudgetAt! && p.reference !== null) : [];
  const budget = m.learnerBudgetMs ?? m.learnerOverBudgetMs ?? Infinity;
  const stranded = unfinished.length >= 2 && unfinished.every((p) => p.reference! * RULE.strandedRatio < budget);
  if (clearlyWorse || budgetBlowUp || stranded) {
    if (budgetBlowUp || stranded) reasons.push(`learner over the time budget from n = ${m.learnerOverBudgetAt}${stranded ? ` at ${unfinished.length} sizes where the reference takes under 1/${RULE.strandedRatio} of it` : ''}`);
    if (stranded && !clearlyWorse) {
      return { ...base, ratio, reasons, kind: 'regression', text: `too slow${on} from n = ${formatCount(m.learnerOverBudgetAt!)}: ${unfinished.length} sizes (${unfinished.map((p) => formatCount(p.n)).join(', ')}) could not be finished within the time budget, where the reference takes at most ${Math.max(...unfinished.map((p) => p.reference!)).toFixed(2)} ms; target ${labelOfClass(target)}` };
    }
    return { ...base, ratio, reasons, kind: 'regression', text: `${grows}; target ${labelOfClass(target)}; ${atMax}` };
  }
  // "The ratio barely grew" is read from the fitted line as well as from the end points, so one
  // noisy sample at either end cannot make a growing ratio look flat.
  const fittedFold = Math.exp(slope.slope * (xs.at(-1)! - xs[0]!));
  if (slope.high < okHigh || slope.slope < (linear ? okHigh / 3 : 0.2) || Math.max(fold, fittedFold) < 2) {
    if (r >= RULE.slowConstant) {
      reasons.push(`${formatRatio(r)} slower than the reference at the top size, in the same class`);
      return { ...base, ratio, reasons, kind: 'ok', text: `meets the target ${labelOfClass(target)}, but ${atMax}${on}: look at the constant work per ${m.kind === 'linear' ? 'step' : 'element'}` };
    }
    return { ...base, ratio, reasons, kind: 'ok', text: `meets the target ${labelOfClass(target)}: grows like the reference; ${atMax}` };
  }
  reasons.push('between the drift of correct solutions and a clear regression');
  return { ...base, ratio, reasons, kind: 'inconclusive', text: `inconclusive: grows somewhat faster than the reference${on} (${atMax}); not judged` };
}
