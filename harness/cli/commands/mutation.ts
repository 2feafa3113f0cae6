import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listKatas, resolveKata } from '../../catalogue/katas.ts';
import { ROOT } from '../../base/paths.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { mutationReport, mutationScore, type KataMutationScore } from '../../author/mutation.ts';
import { integerOption } from '../options.ts';
import { kataCommand, out } from '../command.ts';

const DATA = path.join(ROOT, 'docs', 'mutation.json');
const REPORT = path.join(ROOT, 'docs', 'mutation.md');

/** Earlier scores, so a run of some katas keeps the others' rows. */
function previous(): KataMutationScore[] {
  if (!existsSync(DATA)) return [];
  try {
    const data = JSON.parse(readFileSync(DATA, 'utf8')) as { scores?: KataMutationScore[] };
    return Array.isArray(data.scores) ? data.scores : [];
  } catch {
    return [];
  }
}

export default kataCommand({
  meta: { name: 'mutation' },
  args: {
    kata: { type: 'string', description: 'Only these katas, comma-separated (default: every kata)' },
    seed: { type: 'string', description: 'Seed of the properties (default: random, printed)' },
  },
  async run({ args }) {
    const katas = listKatas();
    const ids = args.kata ? args.kata.split(',').map((k) => k.trim()).filter(Boolean).map((k) => resolveKata(k, katas).id) : katas.map((k) => k.id);
    const seed = integerOption('seed', args.seed, { min: 0, max: 2 ** 31 - 1 }) ?? Math.floor(Math.random() * 2 ** 31);
    out(`kata dev mutation: Stryker on ${ids.length} references, each kata's tests on every mutant (seed ${seed})…`);
    const scores = new Map(previous().map((s) => [s.id, s]));
    for (const id of ids) {
      const score = await mutationScore(id, seed);
      scores.set(id, score);
      out(`  ${id}: ${score.score.toFixed(1)} % (${score.killed} of ${score.valid} killed, ${score.survivors.length} survived) in ${score.seconds.toFixed(0)} s`);
    }
    const ordered = katas.map((k) => scores.get(k.id)).filter((s): s is KataMutationScore => s !== undefined);
    const date = new Date().toISOString().slice(0, 10);
    writeFileAtomic(DATA, `${JSON.stringify({ seed, date, scores: ordered }, null, 2)}\n`);
    writeFileAtomic(REPORT, mutationReport(ordered, seed, date));
    out('', `Written: ${path.relative(process.cwd(), REPORT)} (data: ${path.relative(process.cwd(), DATA)})`);
    return 0;
  },
});
