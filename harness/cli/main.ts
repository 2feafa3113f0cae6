/**
 * The `kata` CLI: parse arguments, call a harness function that returns data, render it.
 * The one place that decides exit codes: 0 passed, 1 failures found, 2 usage or input errors.
 */
import { renderUsage, runCommand, type CommandDef } from 'citty';
import { closest, distance } from 'fastest-levenshtein';
import pc from 'picocolors';
import { UserError } from '../base/errors.ts';
import { err, out, type ExitCode } from './command.ts';
import { rejectUnknownOptions } from './options.ts';

type Loader = () => Promise<CommandDef<any>>;

/** Commands, loaded lazily so `kata list` never pays for Vitest. */
export const COMMANDS: Record<string, Loader> = {
  start: () => import('./commands/start.ts').then((m) => m.default),
  watch: () => import('./commands/watch.ts').then((m) => m.default),
  list: () => import('./commands/list.ts').then((m) => m.default),
  check: () => import('./commands/check.ts').then((m) => m.default),
  hint: () => import('./commands/hint.ts').then((m) => m.default),
  solution: () => import('./commands/solution.ts').then((m) => m.default),
  reset: () => import('./commands/reset.ts').then((m) => m.default),
  bench: () => import('./commands/bench.ts').then((m) => m.default),
  new: () => import('./commands/new.ts').then((m) => m.default),
  lint: () => import('./commands/lint.ts').then((m) => m.default),
  report: () => import('./commands/report.ts').then((m) => m.default),
  ci: () => import('./commands/ci.ts').then((m) => m.default),
  merge: () => import('./commands/merge.ts').then((m) => m.default),
  leaderboard: () => import('./commands/leaderboard.ts').then((m) => m.default),
  selfcheck: () => import('./commands/selfcheck.ts').then((m) => m.default),
  'bench-harness': () => import('./commands/bench-harness.ts').then((m) => m.default),
  'bench-watch': () => import('./commands/bench-watch.ts').then((m) => m.default),
};

const ROOT_HELP = `${pc.bold('kata')}: practise the algorithm patterns backend interviews test.

Usage: kata <command> [options]     (npx kata … from the workspace)

Commands:
  start                 your progress, then a check of the first unsolved kata
  watch [kata]          re-check the current kata on every save (what npm start runs)
  list [pattern]        katas by pattern, with status, difficulty and target
  check <kata>          run a kata's tests, then its complexity check (--impl, --json, --seed)
  bench <kata>          how your solution grows against the reference: table, verdict, chart
  hint <kata>           reveal the next hint
  solution <kata>       the reference and interview notes, once you pass (--force)
  reset <kata>          restore the original stub; your version is backed up (--yes)
  report                a static HTML page: progress, growth charts, verdict history
  ci                    every kata for one player: results JSON, JUnit XML, Markdown summary
  merge <files…>        join one player's shard results
  leaderboard <files…>  rank players; Markdown and a static HTML page
  new <pattern>/<slug>  scaffold a kata from templates/
  lint                  check the content (--full also runs references, brute forces, mutants, stubs)
  selfcheck             every reference lands in its target bucket, every brute force is flagged
  bench-harness         measure the engine itself (npm run bench:harness)
  bench-watch           time from a save to its test results in watch mode (npm run bench:watch)

Run \`kata <command> --help\` for a command's options.`;

function isHelp(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h' || arg === 'help';
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      err(ROOT_HELP);
      return 2;
    }
    if (isHelp(name)) {
      out(ROOT_HELP);
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) {
      const nearest = closest(name, Object.keys(COMMANDS));
      const hint = distance(name, nearest) <= 2 ? ` Did you mean \`kata ${nearest}\`?` : '';
      throw new UserError(`Unknown command \`${name}\`.${hint} Run \`kata --help\` to see the commands.`);
    }
    const command = await load();
    if (rest.some((arg) => arg === '--help' || arg === '-h')) {
      out(await renderUsage(command));
      return 0;
    }
    const argsDef = typeof command.args === 'function' ? await command.args() : ((await command.args) ?? {});
    rejectUnknownOptions(name, argsDef, rest);
    const { result } = await runCommand(command, { rawArgs: [...rest] });
    return (result as ExitCode | undefined) ?? 0;
  } catch (error) {
    if (error instanceof UserError) {
      err(pc.red(error.message));
      return error.exitCode as ExitCode;
    }
    if (error instanceof Error && error.name === 'CLIError') {
      err(pc.red(`${error.message}. Run \`kata ${name} --help\`.`));
      return 2;
    }
    err(pc.red('kata crashed: this is a bug in the harness, not in your code. Please report it with this output.'));
    err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
