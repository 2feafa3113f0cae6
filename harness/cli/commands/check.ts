import { failedStage, runChecks } from '../../check/pipeline.ts';
import { newSeed } from '../../check/seed.ts';
import { resolveKata } from '../../catalogue/katas.ts';
import { parseImpl } from '../../impl/impl.ts';
import { openWork } from '../../learner/work.ts';
import { shownPath } from '../../base/paths.ts';
import { integerOption } from '../options.ts';
import pc from 'picocolors';
import { err, kataCommand, out, warnIfUnsandboxed } from '../command.ts';
import { renderCheck } from '../render.ts';
import { ratingLine } from '../review-view.ts';
import { jsonOutput, spaceJson } from '../json-output.ts';

export default kataCommand({
  meta: { name: 'check' },
  args: {
    kata: { type: 'positional', required: true, description: 'Kata id (hashmap/two-sum) or unique slug (two-sum)' },
    impl: { type: 'string', description: 'learner (default), reference, brute, or a directory laid out like katas/', valueHint: 'DIR' },
    json: { type: 'boolean', description: 'Print one machine-readable result' },
    seed: { type: 'string', description: 'Seed for the property tests (printed on every run)' },
    path: { type: 'string', description: 'fast-check replay path, from a failure report (with --seed and --test)' },
    test: { type: 'string', description: 'Only tests whose title contains this text' },
    complexity: { type: 'boolean', default: true, description: 'Run the complexity stage once the tests pass', negativeDescription: 'Skip the complexity stage' },
    space: { type: 'boolean', default: true, description: 'Measure extra memory against the reference (advice) where the kata states a space target', negativeDescription: 'Skip the space stage' },
  },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const impl = parseImpl(args.impl);
    const seed = integerOption('seed', args.seed) ?? newSeed();
    warnIfUnsandboxed(impl);
    if (impl.kind === 'learner') {
      const opened = openWork(kata.id);
      if (opened.created === 'stub') err(pc.dim(`Your file for ${kata.id} is ${shownPath(opened.file)} (a copy of the stub): write your solution there.`));
      if (opened.created === 'old-layout') err(pc.yellow(`Your solution of ${kata.id} was in katas/${kata.id}/${kata.slug}.ts; it is now ${shownPath(opened.file)}, where your work lives from now on (katas/ stays as shipped: \`npx kata update\` restores it).`));
    }
    const [outcome] = await runChecks([kata.id], impl, {
      seed,
      tests: { typeCheck: true, ...(args.test ? { testName: args.test } : {}), ...(args.path ? { replayPath: args.path } : {}) },
      record: true,
      stages: ['tests', ...(args.space ? ['space' as const] : []), ...(args.complexity ? ['complexity' as const] : []), 'record'],
      // The memory measurement runs beside the tests (dropped if they fail): a passing check pays little for it.
      space: { early: true },
      onStage: (stage) => {
        if (stage === 'tests') err(pc.dim(`${kata.id}: running the tests (seed ${seed})…`));
        if (stage === 'complexity') err(pc.dim(`${kata.id}: tests pass; measuring how it grows against the reference…`));
        if (stage === 'space') err(pc.dim(`${kata.id}: measuring its extra memory against the reference (advice)…`));
      },
    });
    const { report, replays } = outcome!.results.tests!;
    const scheduled = outcome!.results.record?.scheduled ?? null;
    out(args.json ? jsonOutput('check', { ...report, replays, complexity: outcome!.results.complexity ?? null, space: outcome!.results.space ? spaceJson(outcome!.results.space) : null, regression: outcome!.results.record?.regression ?? null, scheduled }) : renderCheck(outcome!));
    if (scheduled && !args.json) out('', pc.dim(`First pass, now scheduled for review: ${ratingLine(scheduled, new Date().toISOString())} (\`npx kata review --list\`)`));
    return failedStage(outcome!) === null ? 0 : 1;
  },
});
