/** Watch mode's screen: a pure function of the watch state (learner/watch/machine.ts). */
import pc from 'picocolors';
import { learnerFile, shownPath } from '../base/paths.ts';
import type { WatchMessage, WatchState } from '../learner/watch/machine.ts';
import { countOutcomes } from '../outcome/outcome.ts';
import { countsText, renderCheck, renderProgress } from './render.ts';

const KEYS = `${pc.bold('enter')} re-run  ${pc.bold('n')} next  ${pc.bold('h')} hint  ${pc.bold('s')} solution  ${pc.bold('l')} list  ${pc.bold('r')} reset  ${pc.bold('a')} check all  ${pc.bold('q')} quit`;

/** The first line: which kata, its target, and the counts every other view also shows. */
export function watchHeader(state: WatchState): string {
  const counts = countsText(countOutcomes(state.rows));
  if (!state.current) return pc.green(pc.bold(`kata watch: all ${state.rows.length} katas pass. Well done.`)) + pc.dim(` (${counts})`);
  const c = state.current;
  return `${pc.bold('kata watch')} · ${pc.bold(c.id)}${c.title ? ` (${c.title})` : ''} · target ${c.target ?? '-'} · ${counts}`;
}

function message(m: WatchMessage, state: WatchState): string {
  switch (m.kind) {
    case 'solved': return pc.green(pc.bold(`✓ ${m.id} passes${m.measured ? ' and grows as it should' : ''}.`)) + (m.next ? ` Next up: ${m.next}.` : '') +
      `\nPress ${pc.bold('n')} for ${m.next ? 'the next kata' : 'the finish'}, ${pc.bold('s')} for the reference solution and what interviewers ask about it.`;
    case 'solution': return m.text;
    case 'solution-locked': return pc.yellow(`The reference of ${m.id} opens once your code passes (or now, with \`npx kata solution ${m.id} --force\`).`);
    case 'hint': return `${pc.bold(`Hint ${m.shown}/${m.total}:`)} ${m.text}`;
    case 'list': return renderProgress(state.rows);
    case 'confirm-reset': return pc.yellow(`Reset ${m.id} to the original stub? Your version is kept as a backup. Press y to confirm, any other key to cancel.`);
    case 'reset': return m.backup ? `Restored the stub of ${m.id}; your version is in ${m.backup}.` : 'Already the original stub; nothing changed.';
    case 'reset-cancelled': return 'Reset cancelled.';
    case 'check-crashed': return pc.red(`The check crashed: this is a bug in the harness, not in your code. Please report it with this output.\n${m.error}`);
    case 'events-missed': return pc.yellow('Your file changed on disk but no file event reached kata watch (a network or container file system?). Run `npx kata watch --manual` and press Enter to re-run after each save.');
  }
}

function activity(state: WatchState): string {
  const a = state.activity;
  switch (a.kind) {
    case 'idle': return '';
    case 'testing': return 'running the tests…';
    case 'tested': return a.passing ? `tests passed in ${a.ms} ms; measuring how it grows against the reference…` : `tests ran in ${a.ms} ms`;
    case 'checking-all': return `checking every kata…${a.last ? ` ${a.done}/${a.total} (${a.last.id}: ${a.last.status})` : ''}`;
  }
}

export function renderWatch(state: WatchState, { tty }: { tty: boolean }): string {
  const lines: string[] = [];
  if (tty) lines.push('\x1b[2J\x1b[H');
  lines.push(watchHeader(state));
  if (!state.current) {
    lines.push('', 'Next: practise a pattern again from scratch with `npx kata reset <kata>`, compare with a teammate in a league (`npx kata ci`, README), or see your growth charts with `npx kata report`.');
    return lines.join('\n');
  }
  const c = state.current;
  lines.push(pc.dim(`task: katas/${c.id}/README.md    your code: ${shownPath(learnerFile(c.id))}${state.manual ? '    (manual mode: press Enter to re-run)' : ''}`), '');
  if (state.outcome?.results.tests) lines.push(renderCheck(state.outcome, { watching: true }));
  const doing = activity(state);
  if (doing) lines.push('', pc.dim(doing));
  for (const m of state.messages) lines.push('', message(m, state));
  lines.push('', KEYS);
  return lines.join('\n');
}
