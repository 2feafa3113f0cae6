/**
 * `runChecks`: the one way anything checks katas (`kata check`, `kata start`, watch mode on save
 * and "check all", `kata ci`, `kata bench`, `kata dev selfcheck`, `kata dev bench-harness`).
 * Batch-first: a single check is a batch of one. The stages run in registry order; each runs once,
 * as one batch, over the katas it applies to; results stream to `plan.onResult` as they come.
 */
import type { ImplTarget } from '../impl/impl.ts';
import { guardImplementation } from '../impl/guard.ts';
import { failedStage as firstFailed } from '../outcome/outcome.ts';
import { newSeed } from './seed.ts';
import type { AnyStage, CheckContext, CheckPlan, KataOutcome, Stage, StageName } from './stage.ts';
import { STAGES } from './stages/index.ts';

export async function runChecks(
  ids: readonly string[],
  impl: ImplTarget,
  plan: CheckPlan = {},
  stages: readonly AnyStage[] = STAGES,
): Promise<KataOutcome[]> {
  // Before any of it runs: an --impl directory's files stay inside it and import only #kit and their own folder.
  guardImplementation(impl, ids);
  const seed = plan.seed ?? newSeed();
  const context: CheckContext = { impl, seed, plan: { ...plan, seed } };
  for (const name of plan.stages ?? []) {
    if (!stages.some((s) => s.name === name)) throw new Error(`No check stage named \`${name}\`; registered: ${stages.map((s) => s.name).join(', ')}.`);
  }
  const outcomes: KataOutcome[] = ids.map((id) => ({ id, impl, seed, results: {}, marks: [], skipped: {} }));
  const selected = stages.filter((s) => !plan.stages || plan.stages.includes(s.name)) as Stage<StageName>[];
  for (const stage of selected) stage.begin?.(ids, context);
  try {
    await runStages(selected, outcomes, context);
  } finally {
    for (const stage of selected) stage.end?.(context);
  }
  return outcomes;
}

async function runStages(selected: readonly Stage<StageName>[], outcomes: readonly KataOutcome[], context: CheckContext): Promise<void> {
  const { plan } = context;
  for (const stage of selected) {
    const runnable: KataOutcome[] = [];
    for (const outcome of outcomes) {
      const why = await stage.skip(outcome, context);
      if (why === null) runnable.push(outcome);
      else outcome.skipped[stage.name] = why;
    }
    if (runnable.length === 0) continue;
    plan.onStage?.(stage.name, runnable.map((o) => o.id));
    const byId = new Map(runnable.map((o) => [o.id, o]));
    await stage.run(runnable, context, (id, result) => {
      const outcome = byId.get(id);
      if (!outcome || stage.name in outcome.results) return;
      (outcome.results as Record<string, unknown>)[stage.name] = result;
      outcome.marks.push({ stage: stage.name, mark: stage.mark(result) });
      plan.onResult?.(stage.name, outcome);
    });
    const missing = runnable.filter((o) => !(stage.name in o.results));
    if (missing.length > 0) throw new Error(`The check stage \`${stage.name}\` gave no result for ${missing.map((o) => o.id).join(', ')}.`);
  }
}

/** The first stage that failed for this kata, or null. */
export function failedStage(outcome: KataOutcome): StageName | null {
  return firstFailed(outcome.marks);
}
