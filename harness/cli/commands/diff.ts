import pc from 'picocolors';
import { HERE } from '../../learner/work.ts';
import { resolveKata } from '../../catalogue/katas.ts';
import { upstreamDiff } from '../../learner/update.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'diff' },
  args: { kata: { type: 'positional', required: true, description: 'Kata id or unique slug' } },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const { parts, text } = upstreamDiff(kata.id, HERE, pc.isColorSupported);
    if (parts.length === 0) {
      out(`${kata.id}: its README, tests and stub are as they were when you started it.`);
      return 0;
    }
    out(text);
    out(pc.dim(`Changed since you started ${kata.id}: ${parts.join(', ')}. \`npx kata reset ${kata.slug}\` takes the new stub (yours is backed up first).`));
    return 0;
  },
});
