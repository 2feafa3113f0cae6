/**
 * From space measurements to a verdict. Pure: unit-tested on synthetic series (verdict.test.ts).
 *
 * Like time, the learner is judged RELATIVE to the reference measured in the same run on the same
 * inputs, by the log-log slope of memory against n, in buckets (O(1)/O(log n) together, O(n), O(n²)).
 * Unlike time, small figures are not noisy proportions but a few hundred KiB of absolute noise
 * (lazy compiles, inline caches, the young generation's rhythm: measure.ts), so every figure is
 * clamped up to SPACE_RULE.floorBytes before a slope is taken: below it nothing "grows". A
 * regression needs the learner's memory well above the floor at the top size (minTopBytes),
 * several times the reference's there, and the slope of the ratio clearly positive; a second pass
 * must reproduce it (space-growth.ts). Anything short of that and above "clearly the same" is
 * inconclusive, which never fails.
 */
import type { ComplexityClass, KataMeta } from '../../kit/index.ts';
import { bucketOfClass, bucketOfSlope, labelOfSlope, type Bucket } from '../time/buckets.ts';
import { logLogSlope, theilSen, type SlopeEstimate } from '../stats.ts';
import type { SpaceMeasurement } from './measure.ts';

export const SPACE_RULE = {
  /** Figures below this are noise: clamped up to it before any slope (measure.ts, finding 1). */
  floorBytes: 512 * 1024,
  /** A regression needs the learner's extra memory at the top size to be at least this. */
  minTopBytes: 2 * 1024 * 1024,
  /** …at least this many times the reference's (both clamped to the floor)… */
  topRatio: 4,
  /** …and the log-log slope of the ratio (learner / reference) above this, its lower bound above `ratioSlopeLow`. */
  ratioSlope: 0.6,
  ratioSlopeLow: 0.3,
  /**
   * …or, when three or four sizes leave the bound wide, the ratio grown this many times across them
   * (a list grown by push steps up: 1.0, 2.9, 3.4, 9.6 MiB at 128 Ki … 1 Mi for max-sum-window's
   * list of window sums; a constant factor of 3, push against preallocated, grew 1.07×).
   */
  fold: 3,
  /** Same growth: the ratio at the top under this, or its slope under `okSlope`. */
  okTopRatio: 2,
  okSlope: 0.3,
  /** At least this many sizes measured on both sides. */
  minPoints: 3,
} as const;

export type SpaceVerdictKind = 'ok' | 'regression' | 'inconclusive';

export interface SpaceSide {
  slope: SlopeEstimate | null;
  bucket: Bucket | 'gap' | null;
  /** "O(n)"-style; O(1) and O(log n) are one bucket here (below the floor they cannot be told apart). */
  label: string;
  /** Extra bytes at the top size (unclamped). */
  topBytes: number | null;
}

export interface SpaceVerdict {
  kind: SpaceVerdictKind;
  /** One sentence: "✗ space: grows like O(n²); target O(min(n, m)): keep two rows of the table". */
  text: string;
  reasons: string[];
  /** The space target, when the kata states one. */
  target: SpaceTarget | null;
  reference: SpaceSide;
  learner: SpaceSide;
  ratio: { slope: SlopeEstimate | null; atMaxN: number | null; maxN: number | null; fold?: number };
  /** Whether the reference grows no faster than the target's bucket (a content check). */
  referenceMeetsTarget: boolean | null;
}

/** A kata's space target: its meta `space` (kit/index.ts), validated by the catalogue's schema. */
export type SpaceTarget = NonNullable<KataMeta['space']>;

const clamp = (bytes: number) => Math.max(bytes, SPACE_RULE.floorBytes);

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${Math.round(bytes)} B`;
}

function spaceLabel(slope: number): string {
  const bucket = bucketOfSlope(slope);
  // Clamped to the floor, constant and logarithmic memory both read a slope near 0.
  if (bucket === 'sublinear') return 'O(1)';
  return labelOfSlope(slope);
}

function side(ns: number[], bytes: number[]): SpaceSide {
  if (ns.length < 2) return { slope: null, bucket: null, label: 'not measured', topBytes: bytes.at(-1) ?? null };
  const slope = logLogSlope(ns, bytes.map(clamp));
  return { slope, bucket: bucketOfSlope(slope.slope), label: spaceLabel(slope.slope), topBytes: bytes.at(-1)! };
}

export function targetLabel(target: SpaceTarget | null): string {
  if (!target) return 'the reference\'s';
  return target.text ?? `O(${target.class.replace('^2', '²').replace('^3', '³')})`;
}

export function judgeSpace(m: SpaceMeasurement, target: SpaceTarget | null): SpaceVerdict {
  const common = m.points.filter((p) => p.reference !== null && p.learner !== null);
  const ns = common.map((p) => p.n);
  const reference = side(ns, common.map((p) => p.reference!));
  // The learner's own growth is read where its figures stand clear of the floor (see `window` below).
  const clearOfFloor = common.filter((p) => p.learner! >= 2 * SPACE_RULE.floorBytes);
  const window = clearOfFloor.length >= SPACE_RULE.minPoints ? clearOfFloor : common.slice(-SPACE_RULE.minPoints);
  const learner = side(window.map((p) => p.n), window.map((p) => p.learner!));
  const referenceMeetsTarget = target && reference.bucket && reference.bucket !== 'gap' ? ORDER.indexOf(reference.bucket) <= ORDER.indexOf(bucketOfClass(target.class)) : null;
  const base = { target, reference, learner, referenceMeetsTarget };
  const reasons: string[] = [];
  if (common.length < SPACE_RULE.minPoints) {
    reasons.push(`only ${common.length} sizes measured on both sides (need ${SPACE_RULE.minPoints})`);
    return { ...base, kind: 'inconclusive', reasons, text: `space inconclusive: too few sizes could be measured (${common.length})`, ratio: { slope: null, atMaxN: null, maxN: null } };
  }
  // The ratio's slope is read where the learner's figure stands well clear of the floor (the top
  // minPoints sizes at least): below it, clamping makes a constant factor look like growth
  // (a push-built O(n) array, 3× a preallocated one, read a ratio of 1.0 → 3.1 over 32 Ki … 512 Ki).
  const ratios = window.map((p) => clamp(p.learner!) / clamp(p.reference!));
  const slope = theilSen(window.map((p) => Math.log(p.n)), ratios.map(Math.log));
  const top = common.at(-1)!;
  const atMax = ratios.at(-1)!;
  const fold = ratios.at(-1)! / ratios[0]!;
  const ratio = { slope, atMaxN: atMax, maxN: top.n, fold };
  const topBytes = top.learner!;
  reasons.push(`ratio slope ${slope.slope.toFixed(2)} [${slope.low.toFixed(2)}, ${slope.high.toFixed(2)}] (log-log over ${window.length} sizes, clamped at ${formatBytes(SPACE_RULE.floorBytes)}), grew ${fold.toFixed(1)}×; at n = ${top.n} the learner needs ${formatBytes(topBytes)} extra, the reference ${formatBytes(top.reference!)}`);
  const wanted = `target ${targetLabel(target)}`;
  if (topBytes >= SPACE_RULE.minTopBytes && atMax >= SPACE_RULE.topRatio && slope.slope > SPACE_RULE.ratioSlope && (slope.low > SPACE_RULE.ratioSlopeLow || fold >= SPACE_RULE.fold)) {
    const advice = target?.advice ? `: ${target.advice}` : '';
    return { ...base, ratio, reasons, kind: 'regression', text: `✗ space: grows like ${learner.label}; ${wanted}${advice} (${formatBytes(topBytes)} extra at n = ${top.n}, the reference ${formatBytes(top.reference!)})` };
  }
  if (atMax < SPACE_RULE.okTopRatio || slope.slope < SPACE_RULE.okSlope || topBytes < SPACE_RULE.floorBytes * 2) {
    return { ...base, ratio, reasons, kind: 'ok', text: `✓ space: grows like the reference (${learner.label} extra; ${wanted}); ${formatBytes(topBytes)} extra at n = ${top.n}` };
  }
  reasons.push('between the same growth and a clear regression');
  return { ...base, ratio, reasons, kind: 'inconclusive', text: `space inconclusive: grows somewhat faster than the reference (${formatBytes(topBytes)} extra at n = ${top.n}, the reference ${formatBytes(top.reference!)}); not judged` };
}

const ORDER: readonly Bucket[] = ['sublinear', 'linear', 'quadratic', 'cubic', 'super-polynomial'];

/**
 * Passes to a decision: a regression needs two passes that see it (two of three when the first
 * two disagree); a first "ok" or "inconclusive" settles. Returns 'again' for one more pass.
 */
export function combineSpacePasses(passes: readonly SpaceVerdict[]): { verdict: SpaceVerdict; confirmed: boolean } | 'again' {
  const [first, second, third] = passes;
  if (!first) throw new Error('combineSpacePasses needs at least one pass');
  const isRegression = (v: SpaceVerdict) => v.kind === 'regression';
  if (!second) return isRegression(first) ? 'again' : { verdict: first, confirmed: false };
  if (!third) return isRegression(second) ? { verdict: second, confirmed: true } : 'again';
  if (isRegression(third)) return { verdict: { ...third, text: `${third.text} (seen in 2 of 3 passes)` }, confirmed: true };
  return { verdict: { ...third, kind: 'inconclusive', text: `space inconclusive: a regression was seen in 1 of 3 passes (${first.text})`, reasons: [...first.reasons, 'seen in 1 of 3 passes'] }, confirmed: false };
}
