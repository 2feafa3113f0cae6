import path from 'node:path';
import pc from 'picocolors';
import { listKatas, patternsOf } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { UserError } from '../../base/errors.ts';
import { harnessBench, type HarnessSummary, type Load } from '../../author/harness-bench.ts';
import { mustBeFlagged, ROLES, type Role } from '../../author/selfcheck.ts';
import { STATE_DIR } from '../../base/paths.ts';
import { integerOption } from '../options.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { kataCommand, out } from '../command.ts';

function pct(x: number): string {
  return `${(100 * x).toFixed(0)} %`;
}

const SET = { reference: 'references (against themselves)', optimal: 'optimal approaches', brute: 'brute forces', slow: 'slow approaches' } as const;

function table(summaries: HarnessSummary[]): string {
  const rows = summaries.flatMap((s) => s.sets.map((set) =>
    `| ${s.load === 'busy' ? 'both cores busy' : 'quiet'} | ${SET[set.role]} | ${set.trials} | ${pct(set.flaggedRate)} | ${pct(set.inconclusiveRate)} | ${set.flips} of ${set.solutions} | ${set.seconds.median.toFixed(2)} / ${set.seconds.max.toFixed(2)} |`));
  return ['| machine | set | verdicts | flagged | inconclusive | solutions whose verdict flipped | s per verdict (median / max) |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export default kataCommand({
  meta: { name: 'bench-harness' },
  args: {
    repeats: { type: 'string', description: 'Verdicts per kata and role (default 5)' },
    pattern: { type: 'string', description: 'Only these patterns, comma-separated' },
    set: { type: 'string', description: 'Only these sets, comma-separated: reference, optimal, brute, slow (default all)' },
    load: { type: 'string', description: 'quiet, busy or both (default both)' },
    seed: { type: 'string', description: 'Base seed' },
    out: { type: 'string', description: 'Write every trial as JSON here (default .kata/bench-harness.json)' },
  },
  async run({ args }) {
    const repeats = integerOption('repeats', args.repeats, { min: 1, max: 100 }) ?? 5;
    const known = patternsOf(listKatas());
    const patterns = args.pattern?.split(',').map((p) => p.trim()).filter(Boolean);
    for (const p of patterns ?? []) if (!known.includes(p)) throw new UserError(`Unknown pattern \`${p}\` in --pattern. Patterns: ${known.join(', ')}.`);
    const sets = args.set?.split(',').map((p) => p.trim()).filter(Boolean) as Role[] | undefined;
    for (const set of sets ?? []) if (!ROLES.includes(set)) throw new UserError(`Unknown set \`${set}\` in --set. Sets: ${ROLES.join(', ')}.`);
    const loadArg = args.load ?? 'both';
    if (!['quiet', 'busy', 'both'].includes(loadArg)) throw new UserError(`Expected \`--load\` to be quiet, busy or both, got \`${loadArg}\`.`);
    const loads: Load[] = loadArg === 'both' ? ['quiet', 'busy'] : [loadArg as Load];
    const seed = integerOption('seed', args.seed) ?? newSeed();
    out(`bench:harness: ${repeats} verdicts per kata and role, ${loads.join(' then ')}, seed ${seed}`);
    const { trials, summaries } = await harnessBench({
      ...(patterns ? { patterns } : {}), ...(sets ? { roles: sets } : {}), repeats, loads, seed,
      onTrial: (t) => {
        const expected = mustBeFlagged(t.role) ? t.verdict === 'regression' : t.verdict !== 'regression' && t.verdict !== 'error';
        out(`${expected ? pc.green('✓') : pc.red('✗')} [${t.load} #${t.repeat + 1}] ${t.id} ${t.approach ?? t.role}: ${t.verdict} in ${t.seconds.toFixed(2)} s ${pc.dim(t.text)}`);
      },
    });
    const file = path.resolve(args.out ?? path.join(STATE_DIR, 'bench-harness.json'));
    writeFileAtomic(file, `${JSON.stringify({ seed, repeats, summaries, trials }, null, 2)}\n`);
    out('', table(summaries), '', `Every trial: ${file}`);
    const bad = summaries.some((s) => s.sets.some((set) => !mustBeFlagged(set.role) && set.flaggedRate > 0));
    return bad ? 1 : 0;
  },
});
