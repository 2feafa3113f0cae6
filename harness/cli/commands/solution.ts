import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { loadMeta, resolveKata } from '../../catalogue/katas.ts';
import { UserError } from '../../base/errors.ts';
import { solutionFiles } from '../../base/paths.ts';
import { loadState } from '../../state/store.ts';
import { kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'solution' },
  args: {
    kata: { type: 'positional', required: true, description: 'Kata id or unique slug' },
    force: { type: 'boolean', description: 'Show it even though your solution does not pass yet' },
  },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const status = loadState().state.katas[kata.id]?.status ?? 'not-started';
    if (status !== 'passing' && !args.force) {
      throw new UserError(
        `\`${kata.id}\` is ${status.replace('-', ' ')}: solve it first (\`npx kata check ${kata.slug}\`), or pass --force to see the reference now.`,
        1,
      );
    }
    const meta = await loadMeta(kata.id);
    const files = solutionFiles(kata.id);
    out(pc.bold(`${meta.title}: reference solution (${files.reference})`));
    out('');
    out(readFileSync(files.reference, 'utf8'));
    const section = (title: string, items: readonly string[]) => {
      out(pc.bold(title));
      for (const item of items) out(`  - ${item}`);
      out('');
    };
    section('What interviewers ask', meta.notes.asked);
    section('Common traps', meta.notes.traps);
    section('In production', meta.notes.production);
    return 0;
  },
});
