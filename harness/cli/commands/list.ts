import { listProgress } from '../../learner/progress.ts';
import { listKatas, patternsOf } from '../../catalogue/katas.ts';
import { UserError } from '../../base/errors.ts';
import { loadState } from '../../state/store.ts';
import { kataCommand, out, err } from '../command.ts';
import { renderProgress } from '../render.ts';

export default kataCommand({
  meta: { name: 'list' },
  args: {
    pattern: { type: 'positional', required: false, description: 'Only this pattern (e.g. hashmap)' },
    json: { type: 'boolean', description: 'Print the list as JSON' },
  },
  async run({ args }) {
    const patterns = patternsOf(listKatas());
    if (args.pattern && !patterns.includes(args.pattern)) {
      throw new UserError(`Unknown pattern \`${args.pattern}\`. Patterns: ${patterns.join(', ')}.`);
    }
    const { state, warning } = loadState();
    if (warning) err(warning);
    const rows = await listProgress(args.pattern, state);
    out(args.json ? JSON.stringify(rows, null, 2) : renderProgress(rows));
    return 0;
  },
});
