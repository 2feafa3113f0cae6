/**
 * Stage 3, space (advice): once the tests pass, for a kata whose metadata states a space target,
 * the extra memory of the solution and of the reference is measured at doubling sizes in a
 * supervised process started with the space flags (engine/space), and judged relative to each
 * other. Its mark is always neutral: the catalogue's contracts are about time, so a space verdict
 * never changes an exit code, a results file or the league. Only the learner-facing checks run it
 * (`kata check`, watch mode, `kata start`); every other caller names its stages.
 */
import { isSpaceFailure, loadSpaceTarget, runSpace, spaceTargetLabel, type SpaceJob, type SpaceResult } from '../../engine/index.ts';
import { implFile, type ImplTarget } from '../../impl/impl.ts';
import type { SpaceMeasurementRecord, SpaceRecord } from '../../outcome/outcome.ts';
import type { Stage } from '../stage.ts';

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
  async run(outcomes, { impl, seed }, emit) {
    const jobs: SpaceJob[] = [];
    for (const { id } of outcomes) {
      const own: ImplTarget = impl.kind === 'files' ? { kind: 'file', file: implFile(impl, id) } : impl;
      jobs.push({ id, impl: own, target: await loadSpaceTarget(id) });
    }
    await runSpace(jobs, { seed, onResult: (job, result) => emit(job.id, result) });
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
