import { listProgress } from '../../learner/progress.ts';
import { resolvePattern } from '../../catalogue/katas.ts';
import { UserError } from '../../base/errors.ts';
import { loadState } from '../../state/store.ts';
import { kataCommand, out, err } from '../command.ts';
import { renderProgress } from '../render.ts';
import { jsonOutput } from '../json-output.ts';

export default kataCommand({
  meta: { name: 'list' },
  args: {
    name: { type: 'positional', required: false, description: 'Only this pattern (e.g. hashmap): the same as --pattern' },
    pattern: { type: 'string', description: 'Only this pattern, as `kata watch` and `kata interview` take it', valueHint: 'P' },
    json: { type: 'boolean', description: 'Print the list as JSON' },
  },
  async run({ args }) {
    const typed = [args.name, args.pattern].filter((p): p is string => typeof p === 'string' && p !== '');
    if (typed.length === 2 && typed[0] !== typed[1]) throw new UserError(`Two patterns given (\`${typed[0]}\` and \`${typed[1]}\`): name one.`);
    const pattern = typed[0] === undefined ? undefined : resolvePattern(typed[0]);
    const { state, warning } = loadState();
    if (warning) err(warning);
    const rows = await listProgress(pattern, state);
    out(args.json ? jsonOutput('list', { katas: rows }) : renderProgress(rows));
    return 0;
  },
});
