/**
 * What `kata interview` prints: a started round, its screen while it runs (timer, last check),
 * and the debrief. Pure functions of the data. Until the debrief nothing shown names the kata's
 * pattern, difficulty or target: a check's text is scrubbed of its id and replay commands.
 */
import pc from 'picocolors';
import { shownPath } from '../base/paths.ts';
import type { KataOutcome } from '../check/stage.ts';
import type { Debrief, RoundView } from '../learner/interview.ts';
import { CLAIMS } from '../learner/interview.ts';
import { renderCheck } from './render.ts';
import { when } from './review-view.ts';

/** "4 min 12 s", "45 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
}

/** "02:13". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The timer line: elapsed and left, at `now`. */
export function timer(view: Pick<RoundView, 'startedAt' | 'deadline'>, now: Date): string {
  const elapsed = (now.getTime() - Date.parse(view.startedAt)) / 1000;
  const left = (Date.parse(view.deadline) - now.getTime()) / 1000;
  const text = `${clock(elapsed)} elapsed, ${left > 0 ? `${clock(Math.ceil(left))} left` : 'time is up'}`;
  return left <= 0 ? pc.red(pc.bold(text)) : left <= 300 ? pc.yellow(text) : text;
}

/** The claim list as the prompt shows it: `1 O(1)   2 O(log n) …`. */
export function claimChoices(): string {
  return CLAIMS.map((c, i) => `${pc.bold(String(i + 1))} ${c.label}`).join('   ');
}

/** A check's text with nothing that names the kata: its id becomes the round, replays (which name it) are left out. */
export function scrub(text: string, id: string, view: Pick<RoundView, 'round' | 'file' | 'task'>): string {
  return text
    .replaceAll(`katas/${id}/README.md`, shownPath(view.task))
    .replaceAll(view.file, shownPath(view.file))
    .replaceAll(id, `round ${view.round}`)
    .split('\n')
    .filter((line) => !/^\s*replay/.test(line))
    .join('\n');
}

export function renderStartedRound(view: RoundView, { resumed, interactive }: { resumed: boolean; interactive: boolean }): string {
  const lines = [
    resumed
      ? `${pc.bold(`Interview round ${view.round}: ${view.title}`)}, in progress since ${when(view.startedAt)}.`
      : `${pc.bold(`Interview round ${view.round}: ${view.title}`)} ${pc.dim(view.seed === null ? '(a kata you named; its pattern stays hidden until the debrief)' : `(drawn with seed ${view.seed}, weighted toward your weakest patterns; the pattern stays hidden until the debrief)`)}`,
    `  task:      ${shownPath(view.task)}`,
    `  write in:  ${shownPath(view.file)}`,
    `  time:      ${view.minutes} min, until ${when(view.deadline)}`,
  ];
  if (view.claim) lines.push(`  approach:  ${view.approach ?? '-'}`, `  claim:     ${view.claim}`);
  if (!interactive) {
    lines.push(
      `  check it:  npx kata interview --check   ${pc.dim('(the tests, then how it grows; passing tests end the round)')}`,
      pc.dim('  hint: npx kata interview --hint   give up: npx kata interview --give-up'),
    );
  }
  return lines.join('\n');
}

const KEYS = `${pc.bold('enter')} re-run  ${pc.bold('h')} hint  ${pc.bold('g')} give up  ${pc.bold('q')} leave (the round goes on: \`npx kata interview\` resumes it)`;

export interface RoundScreen {
  view: RoundView;
  id: string;
  now: Date;
  outcome: KataOutcome | null;
  activity: string;
  messages: string[];
}

/** The first line of the round's screen: which round, and the timer. */
export function roundHeader(view: RoundView, now: Date): string {
  return `${pc.bold('kata interview')} · round ${view.round} · ${pc.bold(view.title)} · ${timer(view, now)}`;
}

/** The header alone, rewritten in place (line 2 of the screen, under the clearing line) without moving the cursor: the timer's tick. */
export function tickHeader(view: RoundView, now: Date): string {
  return `\x1b7\x1b[2;1H${roundHeader(view, now)}\x1b[K\x1b8`;
}

/** The screen while a round runs, drawn whenever something changes (the timer ticks in place: `tickHeader`). */
export function renderRoundScreen(screen: RoundScreen, { tty }: { tty: boolean }): string {
  const { view } = screen;
  const lines: string[] = [];
  if (tty) lines.push('\x1b[2J\x1b[H');
  lines.push(roundHeader(view, screen.now));
  lines.push(pc.dim(`task: ${shownPath(view.task)}    your code: ${shownPath(view.file)}`));
  lines.push(pc.dim(`approach: ${view.approach ?? '-'} · claim: ${view.claim ?? '-'} · hints ${view.hints} · failing checks ${view.failedChecks}`), '');
  if (screen.outcome?.results.tests) lines.push(checkText(screen.outcome, screen.id, view, { watching: true }));
  else lines.push(pc.dim('Save your solution: every save runs the tests.'));
  if (screen.activity) lines.push('', pc.dim(screen.activity));
  for (const m of screen.messages) lines.push('', m);
  lines.push('', KEYS);
  return lines.join('\n');
}

/** A check of the round in progress, as the learner may see it before the debrief: its tests (the time verdict would name the target). */
export function checkText(outcome: KataOutcome, id: string, view: Pick<RoundView, 'round' | 'file' | 'task'>, { watching = false } = {}): string {
  const { report } = outcome.results.tests!;
  if (report.status === 'not-started') {
    return `${pc.dim('·')} ${pc.bold(`round ${view.round}`)}: not started (the stub still throws NotImplemented).\n  Read ${shownPath(view.task)} and write your solution in ${shownPath(view.file)}${watching ? ': every save runs the tests' : ''}.`;
  }
  return scrub(renderCheck({ ...outcome, results: { tests: outcome.results.tests! } }, { watching }), id, view);
}

/** `--check` that did not end the round. */
export function renderRoundCheck(outcome: KataOutcome, id: string, view: RoundView, now: Date): string {
  return [
    checkText(outcome, id, view),
    '',
    `Round ${view.round}: ${view.failedChecks} failing check${view.failedChecks === 1 ? '' : 's'} so far; ${timer(view, now)}. Fix ${shownPath(view.file)}, then \`npx kata interview --check\` again.`,
  ].join('\n');
}

function outcomeLine(d: Debrief): string {
  const counts = d.tests ? `${d.tests.passed} passed, ${d.tests.failed} failed` : '';
  const time = `${duration(d.seconds)} of ${d.minutes} min`;
  switch (d.outcome) {
    case 'passed': return pc.green(pc.bold(`✓ passed: correct (${counts}) in ${time}`));
    case 'too-slow': return pc.red(pc.bold(`✗ correct (${counts}) in ${time}, but too slow: the time verdict fails`));
    case 'time-up': {
      const found = !d.tests ? 'nothing was checked' : d.correct ? `correct, but after the time was up (${counts})` : d.tests.status === 'not-started' ? 'not started' : `not correct (${counts})`;
      return pc.red(pc.bold(`✗ time up after ${d.minutes} min: ${found}`));
    }
    case 'gave-up': return pc.red(pc.bold(`✗ given up after ${duration(d.seconds)}`));
  }
}

function claimLine(d: Debrief): string {
  const mark = d.claimCheck.matches === true ? pc.green('✓') : d.claimCheck.matches === false ? pc.red('✗') : pc.yellow('?');
  return `${mark} ${d.claimCheck.why}`;
}

export function renderDebrief(d: Debrief): string {
  const section = (title: string, items: readonly string[]) => [pc.bold(title), ...items.map((item) => `  - ${item}`), ''];
  const complexity = d.complexity ? `${d.complexity.verdict === 'ok' ? pc.green('✓') : d.complexity.verdict === 'inconclusive' ? pc.yellow('?') : pc.red('✗')} ${d.complexity.text}` : pc.dim('not measured');
  return [
    pc.bold(`Interview round ${d.round}: debrief`),
    `  the kata:    ${pc.bold(d.title)} (${d.id}) · pattern ${pc.bold(d.pattern)} · ${d.difficulty} · target ${d.target}`,
    `  result:      ${outcomeLine(d)}`,
    `  approach:    ${d.approach ?? '-'}`,
    `  claim:       ${claimLine(d)}`,
    `  complexity:  ${complexity}`,
    `  hints used:  ${d.hints} of ${d.hintsTotal}`,
    `  failing checks before the end: ${d.failedChecks}`,
    ...(d.seed === null ? [] : [pc.dim(`  drawn with seed ${d.seed}`)]),
    '',
    ...section('What interviewers ask', d.notes.asked),
    ...section('Common traps', d.notes.traps),
    ...section('In production', d.notes.production),
    pc.dim(`The round is kept in .kata/state.json; \`npx kata report\` shows your rounds per pattern. Your own file of ${d.id} is not touched: \`npx kata watch ${d.id.split('/')[1]}\` solves it there.`),
  ].join('\n');
}
