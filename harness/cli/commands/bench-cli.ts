import path from 'node:path';
import { STATE_DIR } from '../../base/paths.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { benchCli, type CliTiming } from '../fast/bench-cli.ts';
import { integerOption } from '../options.ts';
import { kataCommand, out } from '../command.ts';

function row(t: CliTiming): string {
  return `| ${t.label} | ${t.summary.saves} | ${t.summary.median} | ${t.summary.p90} | ${t.summary.max} |`;
}

export default kataCommand({
  meta: { name: 'bench-cli' },
  args: {
    runs: { type: 'string', description: 'Timed runs of each command (default 20)' },
    out: { type: 'string', description: 'Write every run as JSON here (default .kata/bench-cli.json)' },
  },
  async run({ args }) {
    const runs = integerOption('runs', args.runs, { min: 1, max: 1000 }) ?? 20;
    out(`bench:cli: ${runs} runs of each command through bin/kata.mjs, in a throwaway copy of the workspace, spawn to exit`);
    const bench = benchCli({ runs });
    const file = path.resolve(args.out ?? path.join(STATE_DIR, 'bench-cli.json'));
    writeFileAtomic(file, `${JSON.stringify(bench, null, 2)}\n`);
    const m = bench.machine;
    const table = ['| command | runs | median ms | p90 ms | max ms |', '|---|---|---|---|---|', ...bench.timings.map(row)];
    out(
      '',
      `Machine: ${m.cores} cores (${m.cpu}), Node ${m.node}, ${m.platform}, ${m.date}; load average ${m.loadBefore.toFixed(2)} before, ${m.loadAfter.toFixed(2)} after.`,
      `First use (compiles the CLI, fills the metadata cache): kata list took ${bench.firstUse} ms.`,
      '',
      ...table,
      '',
      `Every run: ${file}`,
    );
    return bench.timings.every((t) => Number.isFinite(t.summary.median)) ? 0 : 1;
  },
});
