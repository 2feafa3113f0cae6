import pc from 'picocolors';
import { UserError } from '../../base/errors.ts';
import { hackTestFile, shownPath } from '../../base/paths.ts';
import { resolveKata } from '../../catalogue/katas.ts';
import { newSeed } from '../../check/seed.ts';
import { hackKata, hasSolved, type HackResult } from '../../learner/hack.ts';
import { attemptOf, noteSolutionShown } from '../../learner/review.ts';
import { err, kataCommand, out, warnIfUnsandboxed } from '../command.ts';
import { integerOption } from '../options.ts';
import { jsonOutput } from '../json-output.ts';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function indent(text: string, by: string): string {
  return text.split('\n').map((line) => `${by}${line}`).join('\n');
}

function renderHack(result: HackResult, slug: string): string {
  const lines: string[] = [];
  const file = shownPath(result.testFile);
  if (result.scaffolded) {
    const { cases, leftOut } = result.scaffolded;
    lines.push(cases > 0
      ? `Wrote ${file} from ${plural(cases, 'example')} in the README${leftOut.length ? ` (${plural(leftOut.length, 'more')} left out: the reference gives another correct answer)` : ''}. Add your own cases and properties, then run this again.`
      : `Wrote ${file}: the README's examples could not be read as tests, so it holds a template. Write your tests there, then run this again.`);
    lines.push('');
  }
  const { passed, failed } = result.tests;
  if (result.rejectsCorrect.length === 0) {
    lines.push(pc.green(`✓ your tests pass on the reference (${plural(passed, 'test')})`));
  } else {
    lines.push(pc.red(`✗ your tests reject a correct solution (the reference): ${failed > 0 ? `${failed} of ${passed + failed} tests fail on it` : 'the file did not run'}. A test that fails on a correct answer is wrong, and kills nothing.`));
    for (const c of result.rejectsCorrect) {
      lines.push(`  ${pc.red('✗')} ${c.test}`);
      if (c.counterexample) lines.push(`      counterexample: ${c.counterexample}`);
      lines.push(indent(c.message, '      '));
    }
  }
  lines.push('');
  const best = result.best ? `best ${result.best.killed} of ${result.best.total}${result.newBest ? ' (new best)' : ''}` : 'no best yet';
  const counted = result.rejectsCorrect.length ? ' (not recorded: fix the tests that reject a correct solution first)' : '';
  lines.push(pc.bold(`mutants killed: ${result.killed} of ${result.total}`) + `${counted} · ${best}`);
  const width = Math.max(0, ...result.mutants.map((m) => m.name.length));
  for (const m of result.mutants) {
    lines.push(m.killed ? `  ${pc.green('killed  ')}  ${m.name.padEnd(width)}  ${pc.dim(`by ${m.by}`)}` : `  ${pc.yellow('survived')}  ${m.name}`);
  }
  if (result.survivors.length > 0 && result.rejectsCorrect.length === 0) {
    const one = result.survivors.length === 1;
    lines.push(
      '',
      `${one ? '1 mutant survives: a wrong solution' : `${result.survivors.length} mutants survive: wrong solutions`} your tests accept. Find what ${one ? 'it does' : 'each does'} wrong, test for it in`,
      `${file}, and run \`npx kata hack ${slug}\` again.`,
    );
  } else if (result.total > 0 && result.killed === result.total && result.rejectsCorrect.length === 0) {
    lines.push('', pc.green('Every mutant is killed: your tests tell each of these wrong solutions from a correct one.'));
  }
  return lines.join('\n');
}

export default kataCommand({
  meta: { name: 'hack' },
  args: {
    kata: { type: 'positional', required: true, description: 'Kata id (hashmap/two-sum) or unique slug (two-sum)' },
    json: { type: 'boolean', description: 'Print one machine-readable result: { killed, total, survivors, rejectsCorrect, … }' },
    seed: { type: 'string', description: 'Seed for the properties in your tests (printed on every run)' },
    force: { type: 'boolean', description: 'Run even though your solution of the kata does not pass yet' },
  },
  async run({ args }) {
    const kata = resolveKata(args.kata);
    const seed = integerOption('seed', args.seed) ?? newSeed();
    // Your tests run in one process with the reference and the mutants (they are what the tests
    // judge), so that process could read them: not while a review of the kata is open, and a run
    // before the kata is solved counts as having seen the solution.
    if (attemptOf(kata.id)) {
      throw new UserError(`A review of \`${kata.id}\` is in progress, and \`kata hack\` runs your tests beside the reference: finish the review first (\`npx kata review ${kata.slug}\`).`);
    }
    const solved = hasSolved(kata.id);
    if (!args.force && !solved) {
      throw new UserError(
        `\`${kata.id}\` is not solved yet: \`kata hack\` tests your tests on a kata you have solved. Solve it first (\`npx kata check ${kata.slug}\`), or pass --force (it counts as seeing the reference).`,
      );
    }
    if (!solved) {
      const noted = await noteSolutionShown(kata.id);
      if (noted.warning) err(noted.warning);
      err(pc.yellow(`${kata.id} is not solved yet: your tests run beside the reference, so this counts as having seen it (as \`kata solution\` does).`));
    }
    warnIfUnsandboxed({ kind: 'file', file: hackTestFile(kata.id) });
    err(pc.dim(`${kata.id}: running your tests against the reference and each mutant (seed ${seed})…`));
    const result = await hackKata(kata.id, {
      seed,
      onRun: (what) => {
        if (what === 'again') err(pc.dim(`${kata.id}: some README answers are one of several correct ones; running again without them…`));
      },
    });
    if (result.stateWarning) err(result.stateWarning);
    if (args.json) {
      const { killed, total, survivors, rejectsCorrect, ...rest } = result;
      out(jsonOutput('hack', { killed, total, survivors, rejectsCorrect, ...rest }));
    } else {
      out(renderHack(result, kata.slug));
    }
    return result.rejectsCorrect.length === 0 ? 0 : 1;
  },
});
