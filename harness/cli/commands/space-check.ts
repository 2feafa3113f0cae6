import pc from 'picocolors';
import { listKatas, resolveKata } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { formatBytes, isSpaceFailure } from '../../engine/index.ts';
import { katasWithSpaceTarget, spaceCheck, type SpaceCheckEntry } from '../../engine/space/space-check.ts';
import { integerOption } from '../options.ts';
import { kataCommand, out } from '../command.ts';
import { renderSpace } from '../render-space.ts';

function line(e: SpaceCheckEntry): string {
  const r = e.result;
  const mark = e.ok ? pc.green('✓') : pc.red('✗');
  const retried = e.attempts > 1 ? pc.dim(' (after a re-measurement)') : '';
  if (isSpaceFailure(r)) return `${mark} ${e.id.padEnd(32)} ${e.subject.padEnd(40)} ${'failed'.padEnd(13)} ${pc.dim(r.error)}${retried}`;
  const top = r.measurements.at(-1)!.points.at(-1);
  const figures = top ? `n = ${top.n}: ${formatBytes(top.learner ?? 0)} / ref ${formatBytes(top.reference ?? 0)}` : '';
  return `${mark} ${e.id.padEnd(32)} ${e.subject.padEnd(40)} ${r.verdict.kind.padEnd(13)} ${figures.padEnd(36)} ${pc.dim(`${e.seconds.toFixed(1)} s`)}${retried}`;
}

export default kataCommand({
  meta: { name: 'space-check' },
  args: {
    kata: { type: 'positional', required: false, description: 'Only this kata' },
    seed: { type: 'string', description: 'Seed of the inputs' },
  },
  async run({ args }) {
    const seed = integerOption('seed', args.seed) ?? newSeed();
    const ids = args.kata ? [resolveKata(args.kata).id] : await katasWithSpaceTarget(listKatas().map((k) => k.id));
    out(`kata dev space-check: ${ids.length} katas with a space target; references must not be flagged, space-heavy approaches must be; a miss is re-measured once (seed ${seed})`);
    out(pc.dim(`  ${'kata'.padEnd(32)} ${'subject'.padEnd(40)} ${'verdict'.padEnd(13)} top size: extra memory`));
    const entries = await spaceCheck(ids, { seed, onEntry: (e) => out(line(e)) });
    const failed = entries.filter((e) => !e.ok);
    for (const e of failed) out('', pc.red(`✗ ${e.id} (${e.subject}): ${e.problem}`), renderSpace(e.result));
    out('', `${entries.length - failed.length} passed, ${failed.length} failed`);
    return failed.length ? 1 : 0;
  },
});
