/**
 * The complexity stage of a kata, in the process that measures: load the bench spec, the
 * implementation under judgement and the reference, measure both in the same run, judge,
 * re-measure what looks like a regression (confirmation) or a gap, and return data.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchSpec, ComplexityClass } from '../../kit/index.ts';
import { kataFiles, solutionFiles } from '../../base/paths.ts';
import { implFile, type ImplTarget } from '../../impl/impl.ts';
import { BenchError, measure, type Measurement, type MeasureOptions } from './measure.ts';
import { judge, type Verdict } from './verdict.ts';

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
}

async function importModule(file: string, side: 'learner' | 'reference' | 'spec'): Promise<Record<string, unknown>> {
  const what = side === 'spec' ? 'bench' : side === 'learner' ? 'implementation' : 'reference';
  if (!existsSync(file)) throw new BenchError(side, `${what} file not found: ${file}`);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

export interface BenchSubjects {
  bench: BenchSpec<unknown, unknown>;
  learner: Record<string, unknown>;
  reference: Record<string, unknown>;
}

/** A kata's bench spec, the implementation under judgement and the reference; BenchError says whose file is wrong. */
export async function loadBenchSubjects(id: string, impl: ImplTarget): Promise<BenchSubjects> {
  const bench = (await importModule(kataFiles(id).bench, 'spec')).default as BenchSpec<unknown, unknown> | undefined;
  if (!bench || typeof bench.input !== 'function' || typeof bench.run !== 'function') {
    throw new BenchError('spec', `${kataFiles(id).bench} has no default export made with defineBench({ n, input, run }).`);
  }
  return { bench, learner: await importModule(implFile(impl, id), 'learner'), reference: await importModule(solutionFiles(id).reference, 'reference') };
}

/**
 * What the measuring passes so far decide, or 'again' for one more (three at most). A regression
 * is reported only when two passes see it: the first pass alone decides only "ok". Two passes that
 * disagree about a regression get a third, and two of three decide; a regression seen in one pass
 * of three is "ok" when both other passes were, else inconclusive. Two passes that both see no
 * regression give the second's verdict (a gap re-measured).
 */
export function combinePasses(passes: readonly Verdict[]): { verdict: Verdict; confirmed: boolean } | 'again' {
  const [first, second, third] = passes;
  if (!first) throw new Error('combinePasses needs at least one pass');
  const isRegression = (v: Verdict) => v.kind === 'regression';
  if (!second) return first.kind === 'ok' ? { verdict: first, confirmed: false } : 'again';
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
  options: Partial<MeasureOptions> & { confirm?: boolean } = {},
): Promise<ComplexityReport | ComplexityFailure> {
  const began = performance.now();
  try {
    const { bench, learner, reference } = await loadBenchSubjects(id, impl);
    const seed = options.seed ?? 1;
    const take = (s: number) => measure(bench, { learner, reference }, { ...options, seed: s });
    const measurements = [take(seed)];
    const passes = [judge(measurements[0]!, target)];
    let decision = options.confirm === false ? { verdict: passes[0]!, confirmed: false } : combinePasses(passes);
    while (decision === 'again') {
      // Confirmation, re-measurement of a gap, or tie-break: fresh inputs, fresh order.
      measurements.push(take(seed + 7919 * measurements.length));
      passes.push(judge(measurements.at(-1)!, target));
      decision = combinePasses(passes);
    }
    return { id, target, verdict: decision.verdict, measurements, confirmed: decision.confirmed, n: bench.n, elapsedMs: performance.now() - began };
  } catch (error) {
    const side = error instanceof BenchError ? error.side : 'learner';
    return { id, side: side === 'spec' ? 'spec' : side, error: (error as Error)?.message ?? String(error) };
  }
}

export function isFailure(report: ComplexityReport | ComplexityFailure): report is ComplexityFailure {
  return 'error' in report;
}
