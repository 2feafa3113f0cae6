/**
 * Every `kata` command, one record each: the only place its name, summary and audience live.
 * The root help, `kata dev`'s help and each command's `--help` header are generated from here,
 * and the modules are loaded lazily so `kata list` never pays for Vitest.
 */
import type { CommandDef } from 'citty';

/** Who a command is for: learners practise, the league runs in CI, authors write katas (under `kata dev`). */
export type Audience = 'learner' | 'league' | 'author';

export interface CommandEntry {
  /** The word after `kata` (or after `kata dev` for author tools), and the module's file name. */
  readonly name: string;
  /** One line: the root help lists it beside the name, and `kata <command> --help` opens with it. */
  readonly summary: string;
  readonly audience: Audience;
  /** The positional arguments as the help shows them after the name: `<kata>` required, `[kata]` optional. */
  readonly synopsis: string;
  readonly load: () => Promise<{ default: CommandDef<any> }>;
}

/** In the order the help lists them: learners first, then the league, then the author tools. */
export const AUDIENCES: Readonly<Record<Audience, { readonly title: string; readonly namespace: string }>> = {
  learner: { title: 'Practise:', namespace: '' },
  league: { title: 'League (CI runs, shards, rankings):', namespace: '' },
  author: { title: 'Author tools, under `kata dev`:', namespace: 'dev' },
};

export const REGISTRY: readonly CommandEntry[] = [
  { name: 'start', audience: 'learner', synopsis: '', summary: 'your progress, then a check of the first unsolved kata', load: () => import('./commands/start.ts') },
  { name: 'watch', audience: 'learner', synopsis: '[kata]', summary: 're-check the current kata on every save (what npm start runs)', load: () => import('./commands/watch.ts') },
  { name: 'list', audience: 'learner', synopsis: '[pattern]', summary: 'katas by pattern, with status, difficulty and target; mastered patterns', load: () => import('./commands/list.ts') },
  { name: 'check', audience: 'learner', synopsis: '<kata>', summary: "run a kata's tests, then its complexity check, on your code or --impl", load: () => import('./commands/check.ts') },
  { name: 'bench', audience: 'learner', synopsis: '<kata>', summary: 'how your solution grows against the reference: table, verdict, chart', load: () => import('./commands/bench.ts') },
  { name: 'hint', audience: 'learner', synopsis: '<kata>', summary: 'reveal the next hint', load: () => import('./commands/hint.ts') },
  { name: 'hack', audience: 'learner', synopsis: '<kata>', summary: 'test your tests: your own tests of a solved kata against the reference and its mutants', load: () => import('./commands/hack.ts') },
  { name: 'solution', audience: 'learner', synopsis: '<kata>', summary: 'the reference and interview notes, once you pass or with --force', load: () => import('./commands/solution.ts') },
  { name: 'reset', audience: 'learner', synopsis: '<kata>', summary: 'your file takes the shipped stub again; your version is backed up first', load: () => import('./commands/reset.ts') },
  { name: 'path', audience: 'learner', synopsis: '<kata>', summary: 'the file you edit for a kata (created from the stub on first use)', load: () => import('./commands/path.ts') },
  { name: 'update', audience: 'learner', synopsis: '', summary: 'take the newest katas and harness; your work stays as it is', load: () => import('./commands/update.ts') },
  { name: 'diff', audience: 'learner', synopsis: '<kata>', summary: "what changed upstream in a kata's README, tests or stub since you started it", load: () => import('./commands/diff.ts') },
  { name: 'report', audience: 'learner', synopsis: '', summary: 'a static HTML page: progress, growth charts, verdict history', load: () => import('./commands/report.ts') },
  { name: 'interview', audience: 'learner', synopsis: '', summary: 'a kata you have not solved, under interview conditions: approach and claim first, a timer, then the debrief', load: () => import('./commands/interview.ts') },
  { name: 'review', audience: 'learner', synopsis: '[kata]', summary: 're-solve solved katas when they are due (FSRS), graded by what was measured; --list shows the schedule', load: () => import('./commands/review.ts') },

  { name: 'init', audience: 'league', synopsis: '<dir>', summary: 'a player repository of your own: stubs, a pinned workspace, a workflow that runs kata ci on push', load: () => import('./commands/init.ts') },
  { name: 'ci', audience: 'league', synopsis: '', summary: 'every kata for one player: results JSON, JUnit XML, Markdown summary', load: () => import('./commands/ci.ts') },
  { name: 'merge', audience: 'league', synopsis: '<files…>', summary: "join one player's shard results", load: () => import('./commands/merge.ts') },
  { name: 'players', audience: 'league', synopsis: '<file>', summary: "check a league's players file (names, repositories) and print it as one JSON line", load: () => import('./commands/players.ts') },
  { name: 'leaderboard', audience: 'league', synopsis: '<files…>', summary: 'rank players; Markdown and a static HTML page', load: () => import('./commands/leaderboard.ts') },

  { name: 'lint', audience: 'author', synopsis: '[kata]', summary: 'check the content; --full also runs references, brute forces, mutants and stubs', load: () => import('./commands/lint.ts') },
  { name: 'selfcheck', audience: 'author', synopsis: '[kata]', summary: 'every reference lands in its target bucket and every brute force and slow approach is flagged; on space, every reference passes and every space-heavy approach is flagged', load: () => import('./commands/selfcheck.ts') },
  { name: 'space-check', audience: 'author', synopsis: '[kata]', summary: 'the space verdict: references with a space target not flagged, space-heavy approaches flagged', load: () => import('./commands/space-check.ts') },
  { name: 'new', audience: 'author', synopsis: '<pattern>/<slug>', summary: 'scaffold a kata from templates/', load: () => import('./commands/new.ts') },
  { name: 'bench-harness', audience: 'author', synopsis: '', summary: 'measure the complexity engine itself (npm run bench:harness)', load: () => import('./commands/bench-harness.ts') },
  { name: 'mutation', audience: 'author', synopsis: '', summary: 'mutation score of each kata\'s tests with Stryker; writes docs/mutation.md (npm run mutation)', load: () => import('./commands/mutation.ts') },
  { name: 'bench-watch', audience: 'author', synopsis: '', summary: 'time from a save to its test results in watch mode (npm run bench:watch)', load: () => import('./commands/bench-watch.ts') },
  { name: 'bench-cli', audience: 'author', synopsis: '', summary: 'how fast kata list, hint, path, --help and --version answer (npm run bench:cli)', load: () => import('./commands/bench-cli.ts') },
];

/** What follows `kata`: `check`, `dev lint`. */
export function commandPath(entry: CommandEntry): string {
  const { namespace } = AUDIENCES[entry.audience];
  return namespace ? `${namespace} ${entry.name}` : entry.name;
}
