import path from 'node:path';
import pc from 'picocolors';
import { listKatas, patternsOf } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { UserError } from '../../base/errors.ts';
import { harnessBench, setMustBeFlagged, spaceHarnessBench, trialRight, type HarnessSet, type HarnessSummary, type HarnessTrial, type Load } from '../../author/harness-bench.ts';
import { ROLES, type Role } from '../../author/selfcheck.ts';
import type { SpaceRole } from '../../engine/space/space-check.ts';
import { STATE_DIR } from '../../base/paths.ts';
import { integerOption } from '../options.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { kataCommand, out } from '../command.ts';

function pct(x: number): string {
  return `${(100 * x).toFixed(0)} %`;
}

const SET: Record<HarnessSet, string> = { reference: 'references (against themselves)', optimal: 'optimal approaches', brute: 'brute forces', slow: 'slow approaches', 'space-heavy': 'space-heavy approaches' };
const SPACE_ROLES: readonly SpaceRole[] = ['reference', 'space-heavy'];

function table(summaries: HarnessSummary[]): string {
  const rows = summaries.flatMap((s) => s.sets.map((set) =>
    `| ${s.load === 'busy' ? 'both cores busy' : 'quiet'} | ${SET[set.role]} | ${set.trials} | ${pct(set.flaggedRate)} | ${pct(set.inconclusiveRate)} | ${set.flips} of ${set.solutions} | ${pct(set.solutions ? set.stable / set.solutions : 0)} (${set.stable} of ${set.solutions}) | ${set.seconds.median.toFixed(2)} / ${set.seconds.max.toFixed(2)} |`));
  return ['| machine | set | verdicts | flagged | inconclusive | solutions whose verdict flipped | solutions with the same verdict in ≥ N−1 of N repeats | s per verdict (median / max) |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export default kataCommand({
  meta: { name: 'bench-harness' },
  args: {
    repeats: { type: 'string', description: 'Verdicts per kata and role (default 5; 20 with --space)' },
    pattern: { type: 'string', description: 'Only these patterns, comma-separated' },
    set: { type: 'string', description: 'Only these sets, comma-separated: reference, optimal, brute, slow (default all); with --space: reference, space-heavy' },
    load: { type: 'string', description: 'quiet, busy or both (default both)' },
    seed: { type: 'string', description: 'Base seed' },
    space: { type: 'boolean', description: 'Space verdicts instead of time: the references and the space-heavy approaches of the katas with a space target' },
    out: { type: 'string', description: 'Write every trial as JSON here (default .kata/bench-harness.json; .kata/bench-harness-space.json with --space)' },
  },
  async run({ args }) {
    const space = args.space === true;
    const repeats = integerOption('repeats', args.repeats, { min: 1, max: 100 }) ?? (space ? 20 : 5);
    const known = patternsOf(listKatas());
    const patterns = args.pattern?.split(',').map((p) => p.trim()).filter(Boolean);
    for (const p of patterns ?? []) if (!known.includes(p)) throw new UserError(`Unknown pattern \`${p}\` in --pattern. Patterns: ${known.join(', ')}.`);
    const allowed: readonly string[] = space ? SPACE_ROLES : ROLES;
    const sets = args.set?.split(',').map((p) => p.trim()).filter(Boolean);
    for (const set of sets ?? []) if (!allowed.includes(set)) throw new UserError(`Unknown set \`${set}\` in --set${space ? ' with --space' : ''}. Sets: ${allowed.join(', ')}.`);
    const loadArg = args.load ?? 'both';
    if (!['quiet', 'busy', 'both'].includes(loadArg)) throw new UserError(`Expected \`--load\` to be quiet, busy or both, got \`${loadArg}\`.`);
    const loads: Load[] = loadArg === 'both' ? ['quiet', 'busy'] : [loadArg as Load];
    const seed = integerOption('seed', args.seed) ?? newSeed();
    out(`bench:harness${space ? ' --space' : ''}: ${repeats} ${space ? 'space ' : ''}verdicts per kata and ${space ? 'solution' : 'role'}, ${loads.join(' then ')}, seed ${seed}`);
    const options = { ...(patterns ? { patterns } : {}), repeats, loads, seed, onTrial: (t: HarnessTrial) => {
      out(`${trialRight(t) ? pc.green('✓') : pc.red('✗')} [${t.load} #${t.repeat + 1}] ${t.id} ${t.approach ?? t.role}: ${t.verdict} in ${t.seconds.toFixed(2)} s ${pc.dim(t.text)}`);
    } };
    const { trials, summaries } = space
      ? await spaceHarnessBench({ ...options, ...(sets ? { roles: sets as SpaceRole[] } : {}) })
      : await harnessBench({ ...options, ...(sets ? { roles: sets as Role[] } : {}) });
    const file = path.resolve(args.out ?? path.join(STATE_DIR, space ? 'bench-harness-space.json' : 'bench-harness.json'));
    writeFileAtomic(file, `${JSON.stringify({ kind: space ? 'space' : 'time', seed, repeats, summaries, trials }, null, 2)}\n`);
    out('', table(summaries), '', `Every trial: ${file}`);
    // A reference (or an optimal approach) ever flagged is a false regression: the run fails.
    const bad = summaries.some((s) => s.sets.some((set) => !setMustBeFlagged(set.role) && set.flaggedRate > 0));
    return bad ? 1 : 0;
  },
});
