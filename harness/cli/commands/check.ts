import { checkKata } from '../../check/check.ts';
import { resolveKata } from '../../catalogue/katas.ts';
import { parseImpl } from '../../impl/impl.ts';
import { integerOption } from '../options.ts';
import pc from 'picocolors';
import { err, kataCommand, out } from '../command.ts';
import { renderCheck } from '../render.ts';

export default kataCommand({
  meta: { name: 'check', description: "Run a kata's tests (examples, then properties) against your code or --impl" },
  args: {
    kata: { type: 'positional', required: true, description: 'Kata id (hashmap/two-sum) or unique slug (two-sum)' },
    impl: { type: 'string', description: 'learner (default), reference, brute, or a directory laid out like katas/', valueHint: 'DIR' },
    json: { type: 'boolean', description: 'Print one machine-readable result' },
    seed: { type: 'string', description: 'Seed for the property tests (printed on every run)' },
    path: { type: 'string', description: 'fast-check replay path, from a failure report (with --seed and --test)' },
    test: { type: 'string', description: 'Only tests whose title contains this text' },
    complexity: { type: 'boolean', default: true, description: 'Run the complexity stage once the tests pass', negativeDescription: 'Skip the complexity stage' },
  },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const impl = parseImpl(args.impl);
    const seed = integerOption('seed', args.seed);
    const result = await checkKata(kata.id, impl, {
      ...(seed !== undefined ? { seed } : {}),
      ...(args.test ? { testName: args.test } : {}),
      ...(args.path ? { replayPath: args.path } : {}),
      record: true,
      complexity: args.complexity,
      onStage: (stage) => err(pc.dim(stage === 'tests' ? `${kata.id}: running the tests (seed ${seed ?? 'random'})…` : `${kata.id}: tests pass; measuring how it grows against the reference…`)),
    });
    out(args.json ? JSON.stringify({ ...result.report, replays: result.replays, complexity: result.complexity, regression: result.regression }, null, 2) : renderCheck(result));
    const regressed = result.complexity !== null && ('error' in result.complexity ? result.complexity.side === 'learner' : result.complexity.verdict.kind === 'regression');
    return result.report.status === 'passing' && !regressed ? 0 : 1;
  },
});
