import pc from 'picocolors';
import { resolveKata } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { isFailure, isSpaceFailure } from '../../engine/index.ts';
import type { SpaceCheckEntry } from '../../engine/space/space-check.ts';
import { misjudged, selfCheck, selfCheckSpace, type SelfCheckEntry } from '../../author/selfcheck.ts';
import { integerOption } from '../options.ts';
import { kataCommand, out } from '../command.ts';
import { renderComplexity } from '../render.ts';
import { renderSpace } from '../render-space.ts';

function line(entry: SelfCheckEntry): string {
  const r = entry.result;
  const summary = isFailure(r) ? r.error : `${r.verdict.kind}; reference ${r.verdict.reference.label}; ${r.verdict.text} (${(r.elapsedMs / 1000).toFixed(1)} s)`;
  const retried = entry.attempts > 1 ? pc.dim(' (after a re-measurement)') : '';
  const flagged = !isFailure(entry.result) && entry.result.verdict.kind === 'regression';
  const known = entry.knownMiss ? (!misjudged(entry.role, entry.result) ? ' although marked a known miss: remove the mark' : `: a known miss (${entry.knownMiss})`) : '';
  const what = { reference: 'reference in its target bucket', brute: 'brute force flagged', optimal: `${entry.approach} ${flagged ? 'flagged' : 'not flagged'}${known}`, slow: `${entry.approach} ${flagged ? 'flagged' : 'not flagged'}${known}` }[entry.role];
  const mark = !entry.ok ? pc.red('✗') : entry.knownMiss ? pc.yellow('!') : pc.green('✓');
  return `${mark} ${entry.id} ${what}${retried}: ${pc.dim(summary)}`;
}

/** A space entry, in the style of the time lines. */
function spaceLine(entry: SpaceCheckEntry): string {
  const r = entry.result;
  const summary = `${isSpaceFailure(r) ? `${r.side} error: ${r.error}` : `${r.verdict.kind}; ${r.verdict.text.replace(/^[✓✗] /, '')}`} (${entry.seconds.toFixed(1)} s)`;
  const retried = entry.attempts > 1 ? pc.dim(' (after a re-measurement)') : '';
  const what = entry.role === 'reference' ? 'reference not flagged on space' : `${entry.subject} flagged on space`;
  return `${entry.ok ? pc.green('✓') : pc.red('✗')} ${entry.id} ${what}${retried}: ${pc.dim(summary)}`;
}

export default kataCommand({
  meta: { name: 'selfcheck' },
  args: {
    kata: { type: 'positional', required: false, description: 'Only this kata' },
    seed: { type: 'string', description: 'Seed of the bench inputs' },
    concurrency: { type: 'string', description: 'Measuring processes at once (default 2)' },
  },
  async run({ args }) {
    const seed = integerOption('seed', args.seed) ?? newSeed();
    const concurrency = integerOption('concurrency', args.concurrency, { min: 1, max: 8 }) ?? 2;
    const ids = args.kata ? [resolveKata(args.kata).id] : undefined;
    out(`kata dev selfcheck: measuring every reference and brute force, then the space entries (seed ${seed})…`);
    const entries = await selfCheck(ids, { seed, concurrency, onEntry: (e) => out(line(e)) });
    const space = await selfCheckSpace(ids, { seed, onEntry: (e) => out(spaceLine(e)) });
    const failed = entries.filter((e) => !e.ok);
    for (const entry of failed) {
      out('', pc.red(`✗ ${entry.id} (${entry.approach ?? entry.role}): ${entry.problem}`));
      out(renderComplexity(entry.result, { detail: true }));
    }
    const spaceFailed = space.filter((e) => !e.ok);
    for (const entry of spaceFailed) out('', pc.red(`✗ ${entry.id} (${entry.subject}, space): ${entry.problem}`), renderSpace(entry.result));
    const known = entries.filter((e) => e.knownMiss && misjudged(e.role, e.result)).length;
    out('', `time: ${entries.length - failed.length} passed, ${failed.length} failed${known ? ` (${known} approaches misjudged as known misses of the engine, marked in their headers)` : ''}; space: ${space.length - spaceFailed.length} passed, ${spaceFailed.length} failed`);
    return failed.length + spaceFailed.length === 0 ? 0 : 1;
  },
});
