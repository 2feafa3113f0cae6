/**
 * The space stage of a kata, in the process that measures (child.ts, started with SPACE_NODE_FLAGS):
 * load the bench, the implementation under judgement and the reference, measure both on the
 * bench's doubling family, judge, and confirm a regression with fresh inputs. Returns data.
 */
import type { BenchSpec } from '../../kit/index.ts';
import { loadMeta } from '../../catalogue/katas.ts';
import type { ImplTarget } from '../../impl/impl.ts';
import { BenchError } from '../time/measure.ts';
import { familiesOf, loadBench, loadImplementation } from '../time/time-growth.ts';
import { measureSpace, type SpaceMeasurement, type SpaceOptions } from './measure.ts';
import { combineSpacePasses, judgeSpace, type SpaceTarget, type SpaceVerdict } from './verdict.ts';

export interface SpaceReport {
  id: string;
  verdict: SpaceVerdict;
  measurements: SpaceMeasurement[];
  confirmed: boolean;
  /** What n counts (the bench's words). */
  n: string;
  elapsedMs: number;
}

export interface SpaceFailure {
  id: string;
  side: 'learner' | 'reference' | 'spec';
  error: string;
}

export type SpaceResult = SpaceReport | SpaceFailure;

export function isSpaceFailure(r: SpaceResult): r is SpaceFailure {
  return 'error' in r;
}

/**
 * The input family space is measured on: the bench's own when its sizes double, else its first
 * family that doubles (the DP katas time a plain recursion on a few linear sizes; their doubling
 * family reaches the contract's largest inputs, where a full table is megabytes).
 */
export function spaceFamily<Input>(bench: BenchSpec<unknown, Input>): { name: string; spec: BenchSpec<unknown, Input> } {
  const families = familiesOf(bench);
  const doubling = families.find((f) => (f.sizes ?? bench.sizes)?.kind !== 'linear') ?? families[0]!;
  const sizes = doubling.sizes ?? bench.sizes;
  return { name: doubling.name, spec: { ...bench, input: doubling.input, ...(sizes ? { sizes } : {}) } };
}

/** A kata's space target from its metadata (validated by the catalogue's schema), or null when it states none. */
export async function loadSpaceTarget(id: string): Promise<SpaceTarget | null> {
  return (await loadMeta(id)).space ?? null;
}

export async function measureSpaceGrowth(id: string, impl: ImplTarget, target: SpaceTarget | null, options: Partial<SpaceOptions> & { confirm?: boolean } = {}): Promise<SpaceResult> {
  const began = performance.now();
  try {
    const bench = await loadBench(id);
    const impls = { learner: await loadImplementation(id, impl, 'learner'), reference: await loadImplementation(id, { kind: 'reference' }, 'reference') };
    const { name, spec } = spaceFamily(bench);
    const seed = options.seed ?? 1;
    const measurements: SpaceMeasurement[] = [];
    const passes: SpaceVerdict[] = [];
    const pass = () => {
      measurements.push(measureSpace(spec, impls, name, { ...options, seed: seed + 7919 * measurements.length }));
      passes.push(judgeSpace(measurements.at(-1)!, target));
    };
    pass();
    let decision = options.confirm === false ? { verdict: passes[0]!, confirmed: false } : combineSpacePasses(passes);
    while (decision === 'again') {
      pass();
      decision = combineSpacePasses(passes);
    }
    return { id, verdict: decision.verdict, measurements, confirmed: decision.confirmed, n: bench.n, elapsedMs: performance.now() - began };
  } catch (error) {
    const side = error instanceof BenchError ? error.side : 'learner';
    return { id, side, error: (error as Error)?.message ?? String(error) };
  }
}
