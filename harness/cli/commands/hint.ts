import pc from 'picocolors';
import { loadMeta, resolveKata } from '../../catalogue/katas.ts';
import { noteHint } from '../../state/review.ts';
import { kataState, updateState } from '../../state/store.ts';
import { err, kataCommand, out } from '../command.ts';

export default kataCommand({
  meta: { name: 'hint' },
  args: { kata: { type: 'positional', required: true, description: 'Kata id or unique slug' } },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const meta = await loadMeta(kata.id);
    let shown = 0;
    const { warning } = await updateState((state) => {
      const entry = kataState(state, kata.id);
      entry.hintsShown = Math.min(entry.hintsShown + 1, meta.hints.length);
      shown = entry.hintsShown;
      noteHint(entry);
    });
    if (warning) err(warning);
    meta.hints.slice(0, shown).forEach((hint, i) => {
      const fresh = i === shown - 1;
      out(`${fresh ? pc.bold(`Hint ${i + 1}/${meta.hints.length}`) : pc.dim(`Hint ${i + 1}/${meta.hints.length}`)}: ${fresh ? hint : pc.dim(hint)}`);
    });
    out(shown < meta.hints.length ? pc.dim(`Run \`npx kata hint ${kata.slug}\` again for the next one.`) : pc.dim(`That was the last hint. Still stuck? \`npx kata solution ${kata.slug} --force\` shows the reference.`));
    return 0;
  },
});
