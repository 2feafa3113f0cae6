import path from 'node:path';
import { listProgress } from '../../learner/progress.ts';
import { buildReport, renderReport } from '../../learner/report/report.ts';
import { loadState } from '../../state/store.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { err, kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'report' },
  args: { out: { type: 'string', description: 'Output directory (default kata-report/)', valueHint: 'DIR' } },
  async run({ args }) {
    const { state, warning } = loadState();
    if (warning) err(warning);
    const rows = await listProgress(undefined, state);
    const dir = path.resolve(args.out ?? 'kata-report');
    const file = path.join(dir, 'index.html');
    writeFileAtomic(file, renderReport(buildReport(rows, state)));
    out(`Wrote ${file}. Open it in a browser.`);
    return 0;
  },
});
