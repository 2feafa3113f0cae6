import { existsSync } from 'node:fs';
import pc from 'picocolors';
import { reviewFile } from '../../base/paths.ts';
import { resolveKata } from '../../catalogue/katas.ts';
import { failedStage } from '../../check/pipeline.ts';
import { newSeed } from '../../check/seed.ts';
import { attemptOf, checkReview, nextReview, reviewPlan, startReview } from '../../learner/review.ts';
import { loadState } from '../../state/store.ts';
import { integerOption } from '../options.ts';
import { err, kataCommand, out, warnIfUnsandboxed } from '../command.ts';
import { renderChecked, renderReviewPlan, renderStarted, relative, when } from '../review-view.ts';
import { jsonOutput } from '../json-output.ts';

export default kataCommand({
  meta: { name: 'review' },
  args: {
    kata: { type: 'positional', required: false, description: 'Kata id or unique slug: start its review, or check the one in progress' },
    list: { type: 'boolean', description: 'What is due for review and when, with recall per pattern' },
    json: { type: 'boolean', description: 'Print one machine-readable result' },
    seed: { type: 'string', description: 'Seed for the property tests when checking (printed on every run)' },
  },
  async run({ args }) {
    const { state, warning } = loadState();
    if (warning) err(warning);
    const plan = await reviewPlan(state);
    if (args.list) {
      out(args.json ? jsonOutput('review', { action: 'plan', ...plan }) : renderReviewPlan(plan));
      return 0;
    }

    let id: string;
    let slug: string;
    if (args.kata) {
      ({ id, slug } = resolveKata(args.kata));
    } else {
      const next = nextReview(plan);
      if (!next) {
        const soonest = plan.katas[0];
        if (args.json) out(jsonOutput('review', { action: 'none', next: soonest ?? null }));
        else if (!soonest) out('No kata has passed yet, so nothing is scheduled for review: a kata enters the schedule when it first passes.');
        else out(`Nothing is due for review. Next: ${soonest.id}, due ${when(soonest.due)} (${relative(soonest.due, plan.now)}).\n${pc.dim('`npx kata review <kata>` re-solves one early; `npx kata review --list` shows the schedule.')}`);
        return 0;
      }
      ({ id } = next);
      slug = id.split('/')[1]!;
    }

    const attempt = attemptOf(id, state);
    if (args.kata && attempt && existsSync(reviewFile(id))) {
      const impl = { kind: 'file', file: reviewFile(id) } as const;
      warnIfUnsandboxed(impl);
      const seed = integerOption('seed', args.seed) ?? newSeed();
      const checked = await checkReview(id, {
        seed,
        onStage: (stage) => {
          if (stage === 'tests') err(pc.dim(`${id}: running the tests on your review (seed ${seed})…`));
          if (stage === 'complexity') err(pc.dim(`${id}: tests pass; measuring how it grows against the reference…`));
        },
      });
      const now = new Date().toISOString();
      if (args.json) {
        const { report, replays } = checked.outcome.results.tests!;
        out(jsonOutput('review', { action: 'checked', id, file: checked.file, ...checked.result, tests: { ...report, replays }, complexity: checked.outcome.results.complexity ?? null }));
      } else {
        out(renderChecked(id, slug, checked, now));
      }
      return checked.result.kind === 'graded' && failedStage(checked.outcome) === null ? 0 : 1;
    }

    const due = plan.katas.find((k) => k.id === id)?.due ?? null;
    const started = await startReview(id);
    if (args.json) out(jsonOutput('review', { action: started.started ? 'started' : 'in-progress', id, file: started.file, startedAt: started.attempt.startedAt, due, backup: started.backup, check: `npx kata review ${slug}` }));
    else out(renderStarted(id, slug, started, due, plan.now));
    return 0;
  },
});
