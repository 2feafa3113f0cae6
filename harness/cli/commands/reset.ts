import { createInterface } from 'node:readline/promises';
import { resolveKata } from '../../catalogue/katas.ts';
import { UserError } from '../../base/errors.ts';
import { resetKata } from '../../learner/reset.ts';
import { learnerFile, shownPath } from '../../base/paths.ts';
import { kataCommand, out } from '../command.ts';

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export default kataCommand({
  meta: { name: 'reset' },
  args: {
    kata: { type: 'positional', required: true, description: 'Kata id or unique slug' },
    yes: { type: 'boolean', alias: 'y', description: 'Do not ask for confirmation' },
  },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    if (!args.yes) {
      if (!process.stdin.isTTY) throw new UserError(`\`kata reset ${kata.slug}\` needs confirmation: run it in a terminal or pass --yes.`);
      if (!(await confirm(`Replace ${shownPath(learnerFile(kata.id))} with the shipped stub? Your version is kept as a backup. [y/N] `))) {
        out('Nothing changed.');
        return 0;
      }
    }
    const result = resetKata(kata.id);
    out(result.backup ? `${shownPath(result.stub)} holds the shipped stub again. Your version is in ${shownPath(result.backup)}.` : `${shownPath(result.stub)} holds the shipped stub; nothing of yours was replaced.`);
    return 0;
  },
});
