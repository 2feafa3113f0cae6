/**
 * Stage 2, space (advice): once the tests pass, for a kata whose metadata states a space target,
 * the extra memory of the solution and of the reference is measured at doubling sizes in a
 * supervised process started with the space flags (engine/space), and judged relative to each
 * other. Its mark is always neutral: the catalogue's contracts are about time, so a space verdict
 * never changes an exit code, a results file or the league. Only the learner-facing checks run it
 * (`kata check`, watch mode, `kata start`); every other caller names its stages. It runs before
 * the time stage, so that a measurement started early (`plan.space.early`, beside the tests) has
 * ended before any CPU time is read.
 */
import { isSpaceFailure, loadSpaceTarget, runSpace, spaceTargetLabel, type SpaceJob, type SpaceResult } from '../../engine/index.ts';
import { implFile, type ImplTarget } from '../../impl/impl.ts';
import type { SpaceMeasurementRecord, SpaceRecord } from '../../outcome/outcome.ts';
import type { CheckContext, Stage } from '../stage.ts';

declare module '../stage.ts' {
  interface CheckPlan {
    space?: {
      /**
       * Start the memory measurement as the check starts, beside the tests (`kata check`: it then
       * adds next to nothing to a passing check), and drop it if the tests fail. Off by default:
       * watch mode's tests must have both cores.
       */
      early?: boolean;
    };
  }
}

/** A measurement started by `begin`: each kata's result as it comes, and the means to stop it. */
interface Early {
  results: Map<string, Promise<SpaceResult>>;
  controller: AbortController;
}
const started = new WeakMap<CheckContext, Early>();

async function jobsOf(ids: readonly string[], impl: ImplTarget): Promise<SpaceJob[]> {
  const jobs: SpaceJob[] = [];
  for (const id of ids) {
    const target = await loadSpaceTarget(id);
    if (target === null) continue;
    jobs.push({ id, impl: impl.kind === 'files' ? { kind: 'file', file: implFile(impl, id) } : impl, target });
  }
  return jobs;
}

declare module '../stage.ts' {
  interface StageResults { space: SpaceResult }
}

export const spaceStage: Stage<'space'> = {
  name: 'space',
  async skip(outcome, { plan }) {
    if (plan.tests?.testName) return 'only some of the tests ran';
    const tests = outcome.results.tests;
    if (tests && tests.report.status !== 'passing') return 'the tests do not pass';
    if (!tests && outcome.skipped.tests) return 'the tests did not run';
    return (await loadSpaceTarget(outcome.id)) === null ? 'the kata states no space target' : null;
  },
  begin(ids, context) {
    if (!context.plan.space?.early || context.plan.tests?.testName) return;
    const controller = new AbortController();
    const results = new Map<string, Promise<SpaceResult>>();
    const settle = new Map<string, (r: SpaceResult) => void>();
    for (const id of ids) results.set(id, new Promise((resolve) => settle.set(id, resolve)));
    started.set(context, { results, controller });
    void (async () => {
      const jobs = await jobsOf(ids, context.impl);
      await runSpace(jobs, { seed: context.seed, signal: controller.signal, onResult: (job, result) => settle.get(job.id)!(result) });
    })().catch((error: unknown) => {
      for (const [id, resolve] of settle) resolve({ id, side: 'spec', error: `the space measurement could not start: ${(error as Error)?.message ?? String(error)}` });
    });
  },
  async run(outcomes, context, emit) {
    const early = started.get(context);
    if (early) {
      for (const { id } of outcomes) emit(id, await early.results.get(id)!);
      return;
    }
    await runSpace(await jobsOf(outcomes.map((o) => o.id), context.impl), { seed: context.seed, onResult: (job, result) => emit(job.id, result) });
  },
  end(context) {
    started.get(context)?.controller.abort();
  },
  // Advice: never pass or fail (see the header).
  mark: () => 'neutral',
};

/** The record kept of a space verdict; an error in the kata's own bench or reference is `inconclusive`. */
export function spaceRecord(result: SpaceResult): SpaceRecord {
  if (isSpaceFailure(result)) {
    const ours = result.side !== 'learner';
    return {
      verdict: ours ? 'inconclusive' : 'error',
      grows: null,
      target: null,
      bytes: null,
      maxN: null,
      text: ours ? `space not measured: ${result.error} (a ${result.side === 'spec' ? 'bench file' : 'reference'} problem in the kata, not in the solution)` : `space not measured: ${result.error}`,
    };
  }
  const v = result.verdict;
  return {
    verdict: v.kind,
    grows: v.learner.slope ? v.learner.label : null,
    target: v.target ? spaceTargetLabel(v.target) : null,
    bytes: v.learner.topBytes,
    maxN: v.ratio.maxN,
    text: v.text,
  };
}

/** The last memory measurement of a space verdict, as the state keeps it for the report's charts. */
export function spaceMeasurementRecord(result: SpaceResult, at: string): SpaceMeasurementRecord | null {
  if (isSpaceFailure(result)) return null;
  const m = result.measurements.at(-1);
  if (!m) return null;
  return { at, n: m.points.map((p) => p.n), learner: m.points.map((p) => p.learner), reference: m.points.map((p) => p.reference), family: m.family };
}
