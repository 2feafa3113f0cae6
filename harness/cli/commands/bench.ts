import pc from 'picocolors';
import { loadMeta, resolveKata } from '../../catalogue/katas.ts';
import { failedStage, runChecks } from '../../check/pipeline.ts';
import { newSeed } from '../../check/seed.ts';
import { UserError } from '../../base/errors.ts';
import { parseImpl } from '../../impl/impl.ts';
import { integerOption } from '../options.ts';
import { kataCommand, err, out, warnIfUnsandboxed } from '../command.ts';
import { renderComplexity } from '../render.ts';
import { formatBytes, isFailure, isSpaceFailure, loadSpaceTarget, runSpace, tinybenchView, type SpaceResult } from '../../engine/index.ts';
import { jsonOutput } from '../json-output.ts';

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
      out(args.json ? jsonOutput('bench', spaceJson(result!)) : renderSpace(result!));
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

/** `kata bench --space --json`: the verdict's kind on top, then what it rests on. */
function spaceJson(result: SpaceResult): object {
  if (isSpaceFailure(result)) return { id: result.id, space: { verdict: 'inconclusive', error: result.error, side: result.side } };
  const { verdict } = result;
  return {
    id: result.id,
    space: {
      verdict: verdict.kind,
      text: verdict.text,
      target: verdict.target,
      reasons: verdict.reasons,
      confirmed: result.confirmed,
      referenceMeetsTarget: verdict.referenceMeetsTarget,
      learner: { label: verdict.learner.label, slope: verdict.learner.slope?.slope ?? null },
      reference: { label: verdict.reference.label, slope: verdict.reference.slope?.slope ?? null },
      n: result.n,
      measurements: result.measurements.map((m) => ({ family: m.family, seed: m.seed, points: m.points.map((p) => ({ n: p.n, learnerBytes: p.learner, referenceBytes: p.reference })) })),
      elapsedMs: Math.round(result.elapsedMs),
    },
  };
}

/** The sizes, both sides' extra memory, and the verdict sentence. */
function renderSpace(result: SpaceResult): string {
  if (isSpaceFailure(result)) return `${pc.red('✗')} space not measured (${result.side}): ${result.error}`;
  const m = result.measurements.at(-1)!;
  const lines = [`${result.id}: extra memory per call (peak live heap and array buffers above the baseline, the result not counted), on ${m.family}; n = ${result.n}`];
  lines.push(`  ${'n'.padStart(9)} ${'yours'.padStart(11)} ${'reference'.padStart(11)}`);
  for (const p of m.points) lines.push(`  ${String(p.n).padStart(9)} ${(p.learner === null ? '–' : formatBytes(p.learner)).padStart(11)} ${(p.reference === null ? '–' : formatBytes(p.reference)).padStart(11)}`);
  const v = result.verdict;
  const colour = v.kind === 'regression' ? pc.red : v.kind === 'ok' ? pc.green : pc.yellow;
  lines.push('', colour(v.text));
  if (v.kind !== 'ok') lines.push(pc.dim(`  ${v.reasons.join('; ')}`));
  if (v.referenceMeetsTarget === false) lines.push(pc.yellow(`  note: the reference itself reads ${v.reference.label}, above the space target (a content problem, not yours)`));
  lines.push(pc.dim('  Below 512 KiB extra nothing counts as growth; the call stack (recursion depth) is not measured. Space is advice: it never fails a check.'));
  return lines.join('\n');
}
