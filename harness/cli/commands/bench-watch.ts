import path from 'node:path';
import { listKatas, patternsOf, resolveKata } from '../../catalogue/katas.ts';
import { UserError } from '../../base/errors.ts';
import { STATE_DIR } from '../../base/paths.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { measureWatchLatency, summarise, type LatencyTrial } from '../../author/watch-latency.ts';
import { integerOption } from '../options.ts';
import { kataCommand, out } from '../command.ts';

function row(label: string, trials: readonly LatencyTrial[]): string {
  const s = summarise(trials.map((t) => t.ms));
  return `| ${label} | ${s.saves} | ${s.median} | ${s.p90} | ${s.max} |`;
}

export default kataCommand({
  meta: { name: 'bench-watch' },
  args: {
    kata: { type: 'string', description: 'Only these katas, comma-separated (default: the first kata of every pattern)' },
    saves: { type: 'string', description: 'Timed saves per kata (default 10)' },
    out: { type: 'string', description: 'Write every save as JSON here (default .kata/bench-watch.json)' },
  },
  async run({ args }) {
    const saves = integerOption('saves', args.saves, { min: 1, max: 1000 }) ?? 10;
    const katas = listKatas();
    const ids = args.kata
      ? args.kata.split(',').map((k) => k.trim()).filter(Boolean).map((k) => resolveKata(k, katas).id)
      : patternsOf(katas).map((p) => katas.find((k) => k.pattern === p)!.id);
    if (ids.length === 0) throw new UserError('`--kata` named no kata. Give kata ids separated by commas, e.g. `--kata hashmap/two-sum,stack/min-stack`.');
    out(`bench:watch: ${saves} saves in each of ${ids.length} katas, from the write to the results line on screen`);
    const { trials, summary } = await measureWatchLatency({
      ids, saves,
      onTrial: (t) => out(`  ${t.id} ${t.saved}: ${t.ms} ms (watch mode's own count from the file event: ${t.reportedMs} ms)`),
    });
    const file = path.resolve(args.out ?? path.join(STATE_DIR, 'bench-watch.json'));
    writeFileAtomic(file, `${JSON.stringify({ saves, summary, trials }, null, 2)}\n`);
    const table = ['| kata | saves | median ms | p90 ms | max ms |', '|---|---|---|---|---|', ...ids.map((id) => row(id, trials.filter((t) => t.id === id))), row('**all**', trials)];
    out('', ...table, '', `Every save: ${file}`);
    return Number.isFinite(summary.median) ? 0 : 1;
  },
});
