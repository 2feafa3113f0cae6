import { newSeed } from '../../check/seed.ts';
import { resolveKata } from '../../catalogue/katas.ts';
import { lintFull, lintStructure } from '../../author/lint.ts';
import { integerOption } from '../options.ts';
import pc from 'picocolors';
import { err, kataCommand, out } from '../command.ts';
import { renderLint } from '../render.ts';

export default kataCommand({
  meta: { name: 'lint' },
  args: {
    kata: { type: 'positional', required: false, description: 'Only this kata' },
    full: { type: 'boolean', description: 'Also run every reference and brute force against the tests, and every stub' },
    seed: { type: 'string', description: 'Seed for the property tests under --full' },
  },
  async run({ args }) {
    const ids = args.kata ? [resolveKata(args.kata).id] : undefined;
    const seed = integerOption('seed', args.seed) ?? newSeed();
    if (args.full) out(`kata dev lint --full: running every reference, brute force and stub (seed ${seed})…`);
    const result = args.full ? await lintFull(seed, ids, (stage) => err(pc.dim(`  ${stage}…`))) : await lintStructure(ids);
    out(renderLint(result.problems, result.checked));
    if (result.mutantsRejected !== undefined) out(`${result.mutantsRejected} mutants rejected by the tests.`);
    return result.problems.length === 0 ? 0 : 1;
  },
});
