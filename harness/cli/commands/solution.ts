import { resolveKata } from '../../catalogue/katas.ts';
import { UserError } from '../../base/errors.ts';
import { solutionView } from '../../learner/solution.ts';
import { noteSolutionShown } from '../../learner/review.ts';
import { renderSolution } from '../render.ts';
import { loadState } from '../../state/store.ts';
import { err, kataCommand, out } from '../command.ts';

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
    const view = await solutionView(kata.id);
    const noted = await noteSolutionShown(kata.id);
    if (noted.warning) err(noted.warning);
    if (noted.duringReview) err(`A review of ${kata.id} is in progress: seeing the reference grades it again.`);
    out(renderSolution(view));
    return 0;
  },
});
