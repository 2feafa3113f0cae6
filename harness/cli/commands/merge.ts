import path from 'node:path';
import { mergeShards } from '../../league/merge.ts';
import { validateResults } from '../../league/validate.ts';
import { readResults, ResultsFileError, writeResults } from '../../league/results.ts';
import { UserError } from '../../base/errors.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'merge' },
  args: {
    files: { type: 'positional', required: true, description: 'Shard results files (kata-results.json of each shard)' },
    out: { type: 'string', description: 'Merged results file (default kata-results.json)', valueHint: 'FILE' },
  },
  async run({ args }) {
    const files = args._.length ? args._ : [args.files];
    const shards = files.map((f) => {
      try { return validateResults(readResults(f), f); } catch (e) { throw e instanceof ResultsFileError ? new UserError(e.message) : e; }
    });
    const merged = mergeShards(shards);
    const file = path.resolve(args.out ?? 'kata-results.json');
    writeResults(file, merged);
    out(`Merged ${shards.length} shard${shards.length === 1 ? '' : 's'} of ${merged.player} (${merged.katas.length} katas) into ${file}.`);
    return 0;
  },
});
