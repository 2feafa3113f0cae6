import pc from 'picocolors';
import { resolveKata } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { isFailure } from '../../engine/index.ts';
import { misjudged, selfCheck, type SelfCheckEntry } from '../../author/selfcheck.ts';
import { integerOption } from '../options.ts';
import { kataCommand, out } from '../command.ts';
import { renderComplexity } from '../render.ts';

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
    out(`kata dev selfcheck: measuring every reference and brute force (seed ${seed})…`);
    const entries = await selfCheck(ids, { seed, concurrency, onEntry: (e) => out(line(e)) });
    const failed = entries.filter((e) => !e.ok);
    for (const entry of failed) {
      out('', pc.red(`✗ ${entry.id} (${entry.approach ?? entry.role}): ${entry.problem}`));
      out(renderComplexity(entry.result, { detail: true }));
    }
    const known = entries.filter((e) => e.knownMiss && misjudged(e.role, e.result)).length;
    out('', `${entries.length - failed.length} passed, ${failed.length} failed${known ? `; ${known} approaches misjudged as known misses of the engine (marked in their headers)` : ''}`);
    return failed.length === 0 ? 0 : 1;
  },
});
