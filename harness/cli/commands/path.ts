import { resolveKata } from '../../catalogue/katas.ts';
import { openWork } from '../../learner/work.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'path' },
  args: { kata: { type: 'positional', required: true, description: 'Kata id or unique slug' } },
  async run({ args }) {
    // Only the path on stdout, for `code $(npx kata path two-sum)` and scripts.
    out(openWork(resolveKata(args.kata).id).file);
    return 0;
  },
});
