import path from 'node:path';
import { buildLeaderboard, type NamedResults } from '../../league/leaderboard.ts';
import { validateResults } from '../../league/validate.ts';
import { leaderboardHtml, leaderboardMarkdown } from '../../league/leaderboard-render.ts';
import { readResults, ResultsFileError } from '../../league/results.ts';
import { UserError } from '../../base/errors.ts';
import { writeFileAtomic } from '../../base/atomic.ts';
import { listKatas, loadAllMeta } from '../../catalogue/katas.ts';
import { err, kataCommand, out } from '../command.ts';

/** The catalogue's katas with a time target: the denominators of "target met". */
async function benchedIds(): Promise<Set<string>> {
  const metas = await loadAllMeta(listKatas());
  return new Set([...metas].filter(([, meta]) => !(meta instanceof Error) && meta.target.class !== null).map(([id]) => id));
}

export default kataCommand({
  meta: { name: 'leaderboard' },
  args: {
    results: { type: 'positional', required: true, description: 'Results files (merged per player, or shards)' },
    out: { type: 'string', description: 'Output directory (default kata-leaderboard/)', valueHint: 'DIR' },
  },
  async run({ args }) {
    const files = args._.length ? args._ : [args.results];
    const results: NamedResults[] = [];
    const rejected: string[] = [];
    for (const file of files) {
      try {
        results.push({ file, results: validateResults(readResults(file), file) });
      } catch (error) {
        if (!(error instanceof ResultsFileError)) throw error;
        rejected.push(error.message);
        err(`left out ${error.message}`);
      }
    }
    if (results.length === 0) throw new UserError(`No valid results file among ${files.length} given: nothing to rank.`, 1);
    const board = buildLeaderboard(results, await benchedIds());
    const dir = path.resolve(args.out ?? 'kata-leaderboard');
    const markdown = leaderboardMarkdown(board, rejected);
    writeFileAtomic(path.join(dir, 'leaderboard.md'), markdown);
    writeFileAtomic(path.join(dir, 'index.html'), leaderboardHtml(board, rejected));
    out(markdown);
    out(`Wrote ${path.join(dir, 'leaderboard.md')} and ${path.join(dir, 'index.html')}.`);
    return 0;
  },
});
