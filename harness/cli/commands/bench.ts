import pc from 'picocolors';
import { loadMeta, resolveKata } from '../../catalogue/katas.ts';
import { failedStage, runChecks } from '../../check/pipeline.ts';
import { newSeed } from '../../check/seed.ts';
import { UserError } from '../../base/errors.ts';
import { parseImpl } from '../../impl/impl.ts';
import { integerOption } from '../options.ts';
import { kataCommand, err, out, warnIfUnsandboxed } from '../command.ts';
import { renderComplexity } from '../render.ts';
import { renderSpace } from '../render-space.ts';
import { isFailure, isSpaceFailure, loadSpaceTarget, runSpace, tinybenchView, type SpaceResult } from '../../engine/index.ts';
import { jsonOutput, spaceJson } from '../json-output.ts';

export default kataCommand({
  meta: { name: 'bench' },
  args: {
    kata: { type: 'positional', required: true, description: 'Kata id or unique slug' },
    impl: { type: 'string', description: 'learner (default), reference, brute, a directory laid out like katas/, or one file', valueHint: 'DIR' },
    json: { type: 'boolean', description: 'Print the measurements and verdict as JSON' },
    seed: { type: 'string', description: 'Seed of the bench inputs and of the measuring order' },
    space: { type: 'boolean', description: 'Instead of time: the extra memory of yours and the reference at doubling sizes, and the space verdict (advice)' },
    tinybench: { type: 'string', description: 'Instead of the verdict: an advisory wall-clock table (tinybench) of yours and the reference at this n', valueHint: 'N' },
  },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const impl = parseImpl(args.impl);
    warnIfUnsandboxed(impl);
    const meta = await loadMeta(kata.id);
    if (meta.target.class === null) throw new UserError(`\`${kata.id}\` has no complexity target, so there is nothing to bench (its README says why).`, 2);
    const seed = integerOption('seed', args.seed) ?? newSeed();
    const tinyN = integerOption('tinybench', args.tinybench, { min: 1, max: 1 << 24 });
    if (tinyN !== undefined) {
      const rows = await tinybenchView(kata.id, impl, tinyN, seed);
      if (args.json) out(jsonOutput('tinybench', { id: kata.id, n: tinyN, seed, rows }));
      else {
        out(`${kata.id} at n = ${tinyN}, wall clock, tinybench (advisory: the verdict uses CPU time, see \`kata bench ${kata.slug}\`)`);
        out(`  ${'name'.padEnd(10)} ${'ops/s'.padStart(12)} ${'mean'.padStart(12)} ${'p99'.padStart(12)} ${'±'.padStart(8)} ${'samples'.padStart(8)}`);
        for (const r of rows) out(`  ${r.name.padEnd(10)} ${r.opsPerSecond.toFixed(1).padStart(12)} ${`${r.meanMs.toFixed(4)} ms`.padStart(12)} ${`${r.p99Ms.toFixed(4)} ms`.padStart(12)} ${`${r.rmePercent.toFixed(1)} %`.padStart(8)} ${String(r.samples).padStart(8)}`);
      }
      return 0;
    }
    if (args.space) {
      if (!args.json) err(pc.dim(`Measuring the memory of ${kata.id} against the reference (seed ${seed})…`));
      const target = await loadSpaceTarget(kata.id);
      const [result] = await runSpace([{ id: kata.id, impl, target }], { seed });
      out(args.json ? jsonOutput('bench', { id: result!.id, space: spaceJson(result!) }) : renderSpace(result!));
      // Space is advice: only a content bug (the bench or the reference failing) changes the exit code.
      return isSpaceFailure(result!) && result.side !== 'learner' ? 2 : 0;
    }
    if (!args.json) err(pc.dim(`Measuring ${kata.id} against the reference (seed ${seed})…`));
    const [outcome] = await runChecks([kata.id], impl, { seed, stages: ['complexity'] });
    const result = outcome!.results.complexity!;
    out(args.json ? jsonOutput('bench', result) : renderComplexity(result, { detail: true }));
    if (isFailure(result) && result.side !== 'learner') return 2;
    return failedStage(outcome!) === null ? 0 : 1;
  },
});
