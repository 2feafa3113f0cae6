import { appendFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listKatas, patternsOf } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { toJUnit } from '../../league/junit.ts';
import { readResults, writeResults } from '../../league/results.ts';
import { compareWithBaseline, runCi } from '../../league/run-ci.ts';
import { parseShard } from '../../league/shard.ts';
import { toMarkdownSummary } from '../../league/summary.ts';
import { checkPlayerName } from '../../league/player.ts';
import { UserError } from '../../base/errors.ts';
import { parseImpl } from '../../impl/impl.ts';
import { WORK_DIR } from '../../base/paths.ts';
import { integerOption } from '../options.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { err, kataCommand, out, requireSandbox } from '../command.ts';

export default kataCommand({
  meta: { name: 'ci' },
  args: {
    impl: { type: 'string', description: 'Directory laid out like katas/ (default: your work/ in this workspace)', valueHint: 'DIR' },
    player: { type: 'string', description: 'Player name (default: $GITHUB_ACTOR or your user name)' },
    shard: { type: 'string', description: 'Run shard i of N (e.g. 1/2); `kata merge` joins the shards', valueHint: 'i/N' },
    out: { type: 'string', description: 'Results file (default kata-results.json); JUnit and Markdown go beside it', valueHint: 'FILE' },
    baseline: { type: 'string', description: 'Earlier results: a kata that passed or met its target there and no longer does fails the run', valueHint: 'FILE' },
    pattern: { type: 'string', description: 'Only these patterns, comma-separated' },
    seed: { type: 'string', description: 'Seed of the property tests and bench inputs' },
    unsandboxed: { type: 'boolean', description: 'Run without the bubblewrap sandbox when it is missing (never for other people\'s code)' },
    'time-limit': { type: 'string', description: 'Seconds one kata may go without progress before it is stopped (default 60)' },
  },
  async run({ args }) {
    // The learner's own work is judged as a directory: behind the bridge, like any player's.
    const parsed = parseImpl(args.impl);
    if (parsed.kind === 'learner') mkdirSync(WORK_DIR, { recursive: true });
    const impl = parsed.kind === 'learner' ? { kind: 'dir' as const, dir: WORK_DIR } : parsed;
    const shard = parseShard(args.shard);
    const known = patternsOf(listKatas());
    const patterns = args.pattern?.split(',').map((p) => p.trim()).filter(Boolean);
    for (const p of patterns ?? []) if (!known.includes(p)) throw new UserError(`Unknown pattern \`${p}\` in --pattern. Patterns: ${known.join(', ')}.`);
    const baseline = args.baseline ? (() => { try { return readResults(args.baseline); } catch (e) { throw new UserError(`--baseline ${(e as Error).message}`); } })() : null;
    const player = checkPlayerName(args.player ?? process.env.GITHUB_ACTOR ?? os.userInfo().username);
    const seed = integerOption('seed', args.seed) ?? newSeed();
    const timeLimit = integerOption('time-limit', args['time-limit'], { min: 1, max: 3600 }) ?? 60;
    const file = path.resolve(args.out ?? 'kata-results.json');
    requireSandbox(args.unsandboxed);
    err(`kata ci: player ${player}${shard ? `, shard ${shard.index}/${shard.count}` : ''}, seed ${seed}`);
    const results = await runCi({ impl, player, shard, seed, timeLimitMs: timeLimit * 1000, ...(patterns ? { patterns } : {}), onProgress: (m) => err(m) });
    const regressions = baseline ? compareWithBaseline(results, baseline) : [];
    const base = file.replace(/\.json$/, '');
    const summary = toMarkdownSummary(results, regressions);
    writeResults(file, results);
    writeFileAtomic(`${base}.junit.xml`, toJUnit(results));
    writeFileAtomic(`${base}.summary.md`, summary);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
    out(summary);
    out(`Wrote ${file}, ${base}.junit.xml and ${base}.summary.md.`);
    return regressions.length > 0 ? 1 : 0;
  },
});
