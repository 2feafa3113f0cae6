/**
 * The complexity stage of a kata, in the process that measures: load the bench spec, the
 * implementation under judgement and the reference, measure both in the same run, judge,
 * re-measure what looks like a regression (confirmation) or a gap, and return data.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchFamily, BenchSpec, ComplexityClass } from '../../kit/index.ts';
import { kataFiles, solutionFiles } from '../../base/paths.ts';
import { implFile, isSomeonesCode, type ImplTarget } from '../../impl/impl.ts';
import { BenchError, DEFAULT_MEASURE, measure, type Measurement, type MeasureOptions } from './measure.ts';
import { judge, RULE, type Verdict } from './verdict.ts';
import type { Stop } from '../../process/supervisor.ts';
import { splitTimer, type SplitTimer } from '../split.ts';

export interface ComplexityReport {
  id: string;
  target: ComplexityClass;
  verdict: Verdict;
  /** Every measurement taken, the first and any re-measurement (confirmation or gap). */
  measurements: Measurement[];
  /** True when a regression was seen and a confirmation pass reproduced it. */
  confirmed: boolean;
  n: string;
  elapsedMs: number;
}

export interface ComplexityFailure {
  id: string;
  /** `learner`: the solution under judgement threw or misbehaved; `reference`/`spec`: a content bug. */
  side: 'learner' | 'reference' | 'spec';
  error: string;
  /** Set when the measuring process was stopped on this job (stalled or died); `error` says it in words. */
  stopped?: Stop;
}

async function importModule(file: string, side: 'learner' | 'reference' | 'spec'): Promise<Record<string, unknown>> {
  const what = side === 'spec' ? 'bench' : side === 'learner' ? 'implementation' : 'reference';
  if (!existsSync(file)) throw new BenchError(side, `${what} file not found: ${file}`);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** A kata's bench spec; BenchError when the file is missing or is not a bench. */
export async function loadBench(id: string): Promise<BenchSpec<unknown, unknown>> {
  const bench = (await importModule(kataFiles(id).bench, 'spec')).default as BenchSpec<unknown, unknown> | undefined;
  if (!bench || typeof bench.input !== 'function' || typeof bench.run !== 'function') {
    throw new BenchError('spec', `${kataFiles(id).bench} has no default export made with defineBench({ n, input, run }).`);
  }
  return bench;
}

/** The module of `impl` for kata `id` (the reference's when `impl` is the reference). */
export async function loadImplementation(id: string, impl: ImplTarget, side: 'learner' | 'reference'): Promise<Record<string, unknown>> {
  return importModule(impl.kind === 'reference' ? solutionFiles(id).reference : implFile(impl, id), side);
}

export interface BenchSubjects {
  bench: BenchSpec<unknown, unknown>;
  learner: Record<string, unknown>;
  reference: Record<string, unknown>;
}

/** A kata's bench spec, the implementation under judgement and the reference; BenchError says whose file is wrong. */
export async function loadBenchSubjects(id: string, impl: ImplTarget): Promise<BenchSubjects> {
  return { bench: await loadBench(id), ...(await loadSides(id, impl)) };
}

/**
 * What the measuring passes so far decide, or 'again' for one more (three at most). A regression
 * is reported only when two passes see it: the first pass alone decides only "ok". Two passes that
 * disagree about a regression get a third, and two of three decide; a regression seen in one pass
 * of three is "ok" when both other passes were, else inconclusive. Two passes that both see no
 * regression give the second's verdict (a gap re-measured). A first "ok" does not settle it when
 * the pass itself is evidence against it (`firstOkSettles` false, see `okNeedsConfirming`).
 */
export function combinePasses(passes: readonly Verdict[], firstOkSettles = true): { verdict: Verdict; confirmed: boolean } | 'again' {
  const [first, second, third] = passes;
  if (!first) throw new Error('combinePasses needs at least one pass');
  const isRegression = (v: Verdict) => v.kind === 'regression';
  if (!second) return first.kind === 'ok' && firstOkSettles ? { verdict: first, confirmed: false } : 'again';
  if (!third) {
    if (isRegression(first) && isRegression(second)) return { verdict: second, confirmed: true };
    if (!isRegression(first) && !isRegression(second)) return { verdict: second, confirmed: false };
    return 'again';
  }
  if (isRegression(third)) return { verdict: { ...third, text: `${third.text} (seen in 2 of 3 passes)` }, confirmed: true };
  const seen = isRegression(first) ? first : second;
  const others = [isRegression(first) ? second : first, third];
  if (others.every((v) => v.kind === 'ok')) return { verdict: third, confirmed: false };
  return {
    verdict: { ...third, kind: 'inconclusive', text: `inconclusive: a regression was seen in 1 of 3 passes (${seen.text})`, reasons: [...seen.reasons, 'seen in 1 of 3 passes', ...third.reasons] },
    confirmed: false,
  };
}

export async function measureComplexity(
  id: string,
  impl: ImplTarget,
  target: ComplexityClass,
  given: Partial<MeasureOptions> & { confirm?: boolean; split?: boolean } = {},
): Promise<ComplexityReport | ComplexityFailure> {
  const began = performance.now();
  // Someone's code gets a fresh copy of its input for every timed call (no answer cached on a
  // reused object), and is measured apart from the reference, its CPU read from outside (split.ts).
  const { split = isSomeonesCode(impl), ...options } = { freshInputs: isSomeonesCode(impl), ...given };
  let timer: SplitTimer<unknown> | null = null;
  try {
    const bench = await loadBench(id);
    const sides = split ? (timer = await splitTimer<unknown>(id, impl, bench)) : await loadSides(id, impl);
    const seed = options.seed ?? 1;
    const families = familiesOf(bench);
    const judged: FamilyVerdict[] = [];
    for (const [index, family] of families.entries()) {
      const spec: BenchSpec<unknown, unknown> = { ...bench, input: family.input, ...(family.sizes ? { sizes: family.sizes } : {}) };
      const name = families.length > 1 ? family.name : undefined;
      let topCallMs = options.topCallMs ?? DEFAULT_MEASURE.topCallMs;
      if (timer) timer.family = index;
      const take = async (s: number): Promise<Measurement> => ({ ...(await measure(spec, sides, { ...options, topCallMs, seed: s })), ...(name ? { family: name } : {}) });
      const familySeed = seed + 104_729 * index;
      const measurements = [await take(familySeed)];
      const passes = [judge(measurements[0]!, target, name)];
      if (shouldEscalate(passes[0]!, measurements[0]!)) {
        // Escalate instead of giving up: two more doublings on both sides (a reference call of
        // ~4× the time at the top), judged on the extended range; the learner's budget still holds.
        topCallMs *= ESCALATION;
        measurements.push(await take(familySeed + 1));
        passes.splice(0, 1, judge(measurements.at(-1)!, target, name));
      }
      const firstOkSettles = !okNeedsConfirming(passes[0]!, measurements.at(-1)!);
      let decision = options.confirm === false ? { verdict: passes[0]!, confirmed: false } : combinePasses(passes, firstOkSettles);
      while (decision === 'again') {
        // Confirmation, re-measurement of a gap, or tie-break: fresh inputs, fresh order.
        measurements.push(await take(familySeed + 7919 * measurements.length));
        passes.push(judge(measurements.at(-1)!, target, name));
        decision = combinePasses(passes, firstOkSettles);
      }
      judged.push({ ...decision, measurements });
      // The worst family decides; once one is a confirmed regression, the others cannot change that.
      if (decision.verdict.kind === 'regression') break;
    }
    const decisive = worstFamily(judged);
    // The deciding family's measurements go last: views chart the last measurement.
    const measurements = [...judged.filter((j) => j !== decisive).flatMap((j) => j.measurements), ...decisive.measurements];
    // Whether the reference meets its target is read on the bench's own (catalogue) input: the
    // other families are built to expose slow learners, and a pruned reference may grow slower there.
    const verdict = { ...decisive.verdict, referenceMeetsTarget: judged[0]!.verdict.referenceMeetsTarget };
    return { id, target, verdict, measurements, confirmed: decisive.confirmed, n: bench.n, elapsedMs: performance.now() - began };
  } catch (error) {
    const side = error instanceof BenchError ? error.side : 'learner';
    return { id, side: side === 'spec' ? 'spec' : side, error: (error as Error)?.message ?? String(error) };
  } finally {
    timer?.close();
  }
}

/** Both implementations, loaded here (shipped content, measured in this process). */
async function loadSides(id: string, impl: ImplTarget): Promise<Record<'learner' | 'reference', Record<string, unknown>>> {
  return { learner: await loadImplementation(id, impl, 'learner'), reference: await loadImplementation(id, { kind: 'reference' }, 'reference') };
}

/** How much longer the reference's top call is when a measurement is extended. */
export const ESCALATION = 4;

/**
 * Short of the rule but suspicious: the learner is at least 10× slower than the reference at the
 * top size, or its ratio trends upward (slope above the same-class drift's middle and growing
 * across the sizes). Only doubling sizes can be extended, and only when the top was set by the
 * reference's time rather than by the bench's own cap.
 */
export function shouldEscalate(verdict: Verdict, m: Measurement): boolean {
  if (verdict.kind === 'regression' || m.kind !== 'doubling' || m.learnerOverBudgetAt !== null) return false;
  const { atMaxN, slope, fold } = verdict.ratio;
  if (atMaxN === null) return false;
  return atMaxN >= RULE.slowConstant || (slope !== null && slope.slope > 0.25 && (fold ?? 0) >= 1.5);
}

/**
 * An "ok" the same pass argues against: the learner could not finish a single call within its
 * budget at a size where the reference took under 1/RULE.budgetRatio of that budget. A slow
 * solution whose few timed sizes came out flat by noise (a loaded machine, garbage collection at
 * the smallest sizes) would otherwise pass on one pass; it is measured again like a regression.
 */
export function okNeedsConfirming(verdict: Verdict, m: Measurement): boolean {
  if (verdict.kind !== 'ok' || m.learnerOverBudgetAt === null) return false;
  const budget = m.learnerBudgetMs ?? m.learnerOverBudgetMs ?? Infinity;
  const reference = m.points.find((p) => p.n >= m.learnerOverBudgetAt!)?.reference ?? null;
  return reference === null || reference * RULE.budgetRatio < budget;
}

interface FamilyVerdict {
  verdict: Verdict;
  confirmed: boolean;
  measurements: Measurement[];
}

/** The bench's own input first (the catalogue's adversarial one), then its other families. */
export function familiesOf<Input>(bench: BenchSpec<unknown, Input>): BenchFamily<Input>[] {
  const own: BenchFamily<Input> = { name: bench.inputName ?? 'the bench input', exposes: 'the catalogue\'s worst case', ...(bench.sizes ? { sizes: bench.sizes } : {}), input: bench.input };
  return [own, ...(bench.families ?? [])];
}

/**
 * The verdict of the worst family: a regression, else an inconclusive one, else of the ok ones
 * the family where the solution is slowest against the reference (what a learner should hear about).
 */
export function worstFamily<T extends { verdict: Verdict }>(judged: readonly T[]): T {
  const rank = { regression: 2, inconclusive: 1, ok: 0 } as const;
  return [...judged].sort((a, b) => rank[b.verdict.kind] - rank[a.verdict.kind] || (b.verdict.ratio.atMaxN ?? 0) - (a.verdict.ratio.atMaxN ?? 0))[0]!;
}

export function isFailure(report: ComplexityReport | ComplexityFailure): report is ComplexityFailure {
  return 'error' in report;
}
