/**
 * Watch mode's screen: a pure function of the watch state (learner/watch/machine.ts) and the
 * terminal's width. Text is wrapped at spaces to the width (wrap.ts); the kata list (picker) is
 * one page that fits the terminal's rows, each line cut to the width so none takes two rows.
 */
import pc from 'picocolors';
import { learnerFile, shownPath } from '../base/paths.ts';
import { focusedRows, pagesOf, type WatchMessage, type WatchState } from '../learner/watch/machine.ts';
import type { PickerLine } from '../learner/watch/pages.ts';
import { countOutcomes } from '../outcome/outcome.ts';
import { countsText, progressColumns, progressHeading, renderCheck, slugWidth, statusMark } from './render.ts';
import { cutToWidth, wrapToWidth } from './wrap.ts';

const KEYS = `${pc.bold('enter')} re-run  ${pc.bold('n')} next  ${pc.bold('h')} hint  ${pc.bold('s')} solution  ${pc.bold('p')} pick  ${pc.bold('f')} focus  ${pc.bold('r')} reset  ${pc.bold('a')} check all  ${pc.bold('q')} quit`;
const PICKER_KEYS = `${pc.bold('number, enter')} open it  ${pc.bold(']')} next page  ${pc.bold('[')} previous  ${pc.bold('esc')} back`;

/** The first line: which kata, its target, and the counts every other view also shows (of the focused pattern, when one is). */
export function watchHeader(state: WatchState): string {
  const katas = focusedRows(state);
  const counts = (state.focus ? `${state.focus} only: ` : '') + countsText(countOutcomes(katas));
  if (!state.current) return pc.green(pc.bold(`kata watch: all ${katas.length} katas${state.focus ? ` of ${state.focus}` : ''} pass. Well done.`)) + pc.dim(` (${counts})`);
  const c = state.current;
  return `${pc.bold('kata watch')} · ${pc.bold(c.id)}${c.title ? ` (${c.title})` : ''} · target ${c.target ?? '-'} · ${counts}`;
}

function message(m: WatchMessage): string {
  switch (m.kind) {
    case 'solved': return pc.green(pc.bold(`✓ ${m.id} passes${m.measured ? ' and grows as it should' : ''}.`)) + (m.next ? ` Next up: ${m.next}.` : '') +
      `\nPress ${pc.bold('n')} for ${m.next ? 'the next kata' : 'the finish'}, ${pc.bold('s')} for the reference solution and what interviewers ask about it.`;
    case 'solution': return m.text;
    case 'solution-locked': return pc.yellow(`The reference of ${m.id} opens once your code passes (or now, with \`npx kata solution ${m.id} --force\`).`);
    case 'hint': return `${pc.bold(`Hint ${m.shown}/${m.total}:`)} ${m.text}`;
    case 'focus': return m.pattern
      ? `Focus on ${pc.bold(m.pattern)}: n, p and a stay inside its ${m.katas} katas. Press ${pc.bold('f')} again for every pattern.`
      : `Every pattern again (${m.katas} katas). Press ${pc.bold('f')} to focus on the current kata's pattern.`;
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

export interface ScreenOptions {
  tty: boolean;
  /** The terminal's width: text wraps at spaces to it; none (not a terminal): no wrapping. */
  columns?: number | null;
}

export function renderWatch(state: WatchState, { tty, columns = null }: ScreenOptions): string {
  const clear = tty ? '\x1b[2J\x1b[H' : '';
  if (state.picker) return clear + renderPicker(state, state.picker, columns);
  const lines: string[] = [];
  lines.push(watchHeader(state));
  if (!state.current) {
    lines.push('', 'Next: practise a pattern again from scratch with `npx kata reset <kata>`, compare with a teammate in a league (`npx kata ci`, README), or see your growth charts with `npx kata report`.');
    return clear + wrapToWidth(lines.join('\n'), columns);
  }
  const c = state.current;
  lines.push(pc.dim(`task: katas/${c.id}/README.md    your code: ${shownPath(learnerFile(c.id))}${state.manual ? '    (manual mode: press Enter to re-run)' : ''}`), '');
  if (state.outcome?.results.tests) lines.push(renderCheck(state.outcome, { watching: true }));
  const doing = activity(state);
  if (doing) lines.push('', pc.dim(doing));
  for (const m of state.messages) lines.push('', message(m));
  lines.push('', KEYS);
  return clear + wrapToWidth(lines.join('\n'), columns);
}

/**
 * The kata list, one page: the header, a title line, the page, a blank line and the keys: never
 * more lines than the picker's pages allow for (PICKER_CHROME), each cut to the width.
 */
function renderPicker(state: WatchState, picker: NonNullable<WatchState['picker']>, columns: number | null): string {
  const pages = pagesOf(state);
  const page = pages[Math.min(picker.page, pages.length - 1)] ?? [];
  const katas = focusedRows(state);
  const width = slugWidth(katas);
  const digits = String(katas.length).length;
  const line = (l: PickerLine): string => {
    switch (l.kind) {
      case 'gap': return '';
      case 'pattern': return progressHeading(katas.filter((r) => r.pattern === l.pattern)) + (l.continued ? pc.dim(' (continued)') : '');
      case 'kata': {
        const here = l.row.id === state.current?.id;
        return `${here ? pc.bold('›') : ' '} ${String(l.number).padStart(digits)} ${statusMark(l.row)} ${progressColumns(l.row, width)}`;
      }
    }
  };
  const where = `${state.focus ? `${state.focus}: ` : ''}${katas.length} katas, page ${Math.min(picker.page, pages.length - 1) + 1}/${pages.length}`;
  const title = picker.error ? pc.yellow(picker.error) : `Pick a kata: type its number, then Enter. ${pc.dim(`(${where})`)}`;
  const prompt = `${pc.bold(`> ${picker.typed}_`)}   ${PICKER_KEYS}`;
  return [watchHeader(state), title, ...page.map(line), '', prompt].map((l) => cutToWidth(l, columns)).join('\n');
}
