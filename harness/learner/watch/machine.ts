/**
 * Watch mode as a state machine: `step(state, event)` returns the next state and the effects the
 * shell (cli/commands/watch.ts) must carry out: run a check, watch other files, reveal a hint,
 * show the solution, reset a stub, quit. The shell feeds back what happened as events. No terminal, no files,
 * no clock in here, so every rule is unit-tested by feeding events (machine.test.ts).
 *
 * `rows` holds every kata; `focus` (`--pattern P`, or `f` on the current kata's pattern) narrows
 * what n, the picker, "check all", the counts and a save to another kata's file see to one pattern
 * (`focusedRows`). The picker (`p`, `l`) is the kata list page by page, cut to the terminal's
 * `height` (pages.ts): a number then Enter opens that kata.
 */
import type { KataOutcome } from '../../check/stage.ts';
import { failedStage } from '../../outcome/outcome.ts';
import type { ProgressRow } from '../progress.ts';
import { nextUnsolved } from './session.ts';
import { DEFAULT_ROWS, pageHeight, pickerPages, type PickerLine } from './pages.ts';

/** What the screen says below the check, as data; the CLI words it. */
export type WatchMessage =
  | { kind: 'solved'; id: string; measured: boolean; next: string | null }
  | { kind: 'hint'; shown: number; total: number; text: string }
  | { kind: 'solution'; id: string; text: string }
  | { kind: 'solution-locked'; id: string }
  | { kind: 'focus'; pattern: string | null; katas: number }
  | { kind: 'confirm-reset'; id: string }
  | { kind: 'reset'; id: string; backup: string | null }
  | { kind: 'reset-cancelled' }
  | { kind: 'events-missed' }
  | { kind: 'check-crashed'; error: string };

/** The line under the check while something runs. */
export type WatchActivity =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'tested'; passing: boolean; ms: number }
  | { kind: 'checking-all'; done: number; total: number; last: { id: string; status: string } | null };

export interface WatchState {
  rows: readonly ProgressRow[];
  current: ProgressRow | null;
  manual: boolean;
  /** The latest check of the current kata (tests alone while the later stages still run). */
  outcome: KataOutcome | null;
  activity: WatchActivity;
  messages: WatchMessage[];
  /** A check is running; `queued` holds the files of a save that came meanwhile. */
  running: boolean;
  queued: string[] | null;
  /** Another kata whose file was saved while a check ran: watch mode switches to it when the check is done. */
  switchTo: string | null;
  confirmingReset: boolean;
  /** Set once the "file events are missing" advice is shown (it is shown once). */
  advisedManual: boolean;
  quitting: boolean;
  /** The one pattern n, the picker and "check all" stay inside; null: every pattern. */
  focus: string | null;
  /** The terminal's rows: the picker's pages fit them. */
  height: number;
  /** The open kata list: its page (from 0), the number typed so far, and what was wrong with the last one. */
  picker: { page: number; typed: string; error: string | null } | null;
}

export type WatchEvent =
  | { type: 'start' }
  /** A save of a kata file; `id` is the kata it belongs to, when known (a save to another kata switches to it). */
  | { type: 'save'; file: string; id?: string }
  | { type: 'key'; key: string }
  | { type: 'tests-done'; outcome: KataOutcome; ms: number }
  | { type: 'check-done'; outcome: KataOutcome; rows: readonly ProgressRow[] }
  /** The check itself threw: a harness bug, shown, and watch mode goes on. */
  | { type: 'check-crashed'; error: string }
  | { type: 'solution-shown'; id: string; text: string }
  | { type: 'hint-shown'; shown: number; total: number; text: string }
  | { type: 'reset-done'; id: string; backup: string | null }
  | { type: 'check-all-progress'; id: string; status: string }
  | { type: 'check-all-done'; rows: readonly ProgressRow[] }
  | { type: 'events-missed' }
  /** The terminal changed size. */
  | { type: 'resize'; rows: number };

export type WatchEffect =
  | { type: 'check'; id: string; changed: readonly string[] }
  | { type: 'watch-files'; id: string | null }
  | { type: 'reveal-hint'; id: string }
  | { type: 'show-solution'; id: string }
  | { type: 'reset'; id: string }
  | { type: 'check-all'; ids: readonly string[] }
  | { type: 'quit' };

export function initialState(
  rows: readonly ProgressRow[], current: ProgressRow | null, manual: boolean,
  { focus = null, height = DEFAULT_ROWS }: { focus?: string | null; height?: number } = {},
): WatchState {
  return {
    rows, current, manual, outcome: null, activity: { kind: 'idle' }, messages: [],
    running: false, queued: null, switchTo: null, confirmingReset: false, advisedManual: false, quitting: false,
    focus, height, picker: null,
  };
}

/** The katas this session works through: those of the focused pattern, else all. */
export function focusedRows(state: Pick<WatchState, 'rows' | 'focus'>): readonly ProgressRow[] {
  return state.focus === null ? state.rows : state.rows.filter((r) => r.pattern === state.focus);
}

/** The picker's pages for this state (the screen draws the same cut). */
export function pagesOf(state: WatchState): PickerLine[][] {
  return pickerPages(focusedRows(state), pageHeight(state.height));
}

export interface Step {
  state: WatchState;
  effects: WatchEffect[];
}

function check(state: WatchState, changed: readonly string[]): Step {
  if (!state.current) return { state, effects: [] };
  if (state.running) return { state: { ...state, queued: [...(state.queued ?? []), ...changed] }, effects: [] };
  return {
    state: { ...state, running: true, messages: [], activity: { kind: 'testing' } },
    effects: [{ type: 'check', id: state.current.id, changed }],
  };
}

function moveTo(state: WatchState, next: ProgressRow | null): Step {
  // A check of the kata left may still run: its result is dropped (check-done), and this kata's check follows it.
  const moved: WatchState = { ...state, current: next, outcome: null, activity: { kind: 'idle' } };
  const watched: Step = { state: moved, effects: [{ type: 'watch-files', id: next?.id ?? null }] };
  if (!next) return watched;
  const checked = check(moved, []);
  return { state: checked.state, effects: [...watched.effects, ...checked.effects] };
}

const openPicker = (state: WatchState): WatchState => {
  // Open on the page that holds the current kata.
  const at = state.current ? pagesOf(state).findIndex((page) => page.some((l) => l.kind === 'kata' && l.row.id === state.current!.id)) : 0;
  return { ...state, picker: { page: Math.max(0, at), typed: '', error: null } };
};

const NEXT_PAGE = new Set([']', ' ', '\x1b[C', '\x1b[6~', '\x1b[B']);
const PREVIOUS_PAGE = new Set(['[', 'b', '\x1b[D', '\x1b[5~', '\x1b[A']);
const CLOSE_PICKER = new Set(['\x1b', 'q', 'p', 'l']);

function onPickerKey(state: WatchState, picker: NonNullable<WatchState['picker']>, key: string): Step {
  const stay = (p: Partial<typeof picker>): Step => ({ state: { ...state, picker: { ...picker, ...p } }, effects: [] });
  const last = pagesOf(state).length - 1;
  if (key === '\u0003') return { state: { ...state, picker: null, quitting: true }, effects: [{ type: 'quit' }] };
  if (/^[0-9]$/.test(key)) return stay({ typed: (picker.typed + key).slice(0, 4), error: null });
  if (key === '\x7f' || key === '\b') return stay({ typed: picker.typed.slice(0, -1) });
  if (NEXT_PAGE.has(key)) return stay({ page: Math.min(picker.page + 1, last) });
  if (PREVIOUS_PAGE.has(key)) return stay({ page: Math.max(picker.page - 1, 0) });
  if (CLOSE_PICKER.has(key)) return { state: { ...state, picker: null }, effects: [] };
  if (key !== '\r' && key !== '\n') return { state, effects: [] };
  if (picker.typed === '') return stay({ error: 'Type a kata\'s number first, then Enter.' });
  const katas = focusedRows(state);
  const number = Number(picker.typed);
  const picked = katas[number - 1];
  if (!picked) return stay({ typed: '', error: `There is no kata ${number} here: the numbers run from 1 to ${katas.length}.` });
  const closed: WatchState = { ...state, picker: null };
  if (picked.id === state.current?.id) return { state: closed, effects: [] };
  return moveTo({ ...closed, messages: [] }, picked);
}

function toggleFocus(state: WatchState): Step {
  const focus = state.focus === null ? state.current?.pattern ?? null : null;
  if (focus === state.focus) return { state, effects: [] };
  const focused: WatchState = { ...state, focus };
  const katas = focusedRows(focused);
  // The "passes" screen's next kata follows the new focus.
  const solved = solvedMessage(state);
  const kept: WatchMessage[] = solved ? [{ ...solved, next: nextUnsolved(katas, solved.id)?.id ?? null }] : [];
  return { state: { ...focused, messages: [...kept, { kind: 'focus', pattern: focus, katas: katas.length }] }, effects: [] };
}

function onKey(state: WatchState, key: string, stubOf: (id: string) => string): Step {
  if (state.picker) return onPickerKey(state, state.picker, key);
  if (state.confirmingReset) {
    const confirmed = key === 'y' && state.current;
    return confirmed
      ? { state: { ...state, confirmingReset: false }, effects: [{ type: 'reset', id: state.current!.id }] }
      : { state: { ...state, confirmingReset: false, messages: [{ kind: 'reset-cancelled' }] }, effects: [] };
  }
  switch (key) {
    case 'q': case '\u0003':
      return { state: { ...state, quitting: true }, effects: [{ type: 'quit' }] };
    case '\r': case '\n':
      return state.current ? check(state, [stubOf(state.current.id)]) : { state, effects: [] };
    case 'n': {
      // On the "passes" screen, n goes where it said (the all-done screen after the last kata).
      const solved = solvedMessage(state);
      if (solved) return moveTo(state, solved.next ? state.rows.find((r) => r.id === solved.next) ?? null : null);
      return moveTo(state, nextUnsolved(focusedRows(state), state.current?.id ?? null) ?? state.current);
    }
    case 's': {
      if (!state.current) return { state, effects: [] };
      const passing = solvedMessage(state) !== undefined || state.rows.find((r) => r.id === state.current!.id)?.status === 'passing';
      return passing
        ? { state, effects: [{ type: 'show-solution', id: state.current.id }] }
        : { state: { ...state, messages: [{ kind: 'solution-locked', id: state.current.id }] }, effects: [] };
    }
    case 'h':
      return state.current ? { state, effects: [{ type: 'reveal-hint', id: state.current.id }] } : { state, effects: [] };
    case 'p': case 'l':
      return { state: openPicker(state), effects: [] };
    case 'f':
      return toggleFocus(state);
    case 'r':
      return state.current
        ? { state: { ...state, confirmingReset: true, messages: [{ kind: 'confirm-reset', id: state.current.id }] }, effects: [] }
        : { state, effects: [] };
    case 'a': {
      const katas = focusedRows(state);
      return {
        state: { ...state, activity: { kind: 'checking-all', done: 0, total: katas.length, last: null } },
        effects: [{ type: 'check-all', ids: katas.map((r) => r.id) }],
      };
    }
    default:
      return { state, effects: [] };
  }
}

function solvedMessage(state: WatchState): Extract<WatchMessage, { kind: 'solved' }> | undefined {
  return state.messages.find((m): m is Extract<WatchMessage, { kind: 'solved' }> => m.kind === 'solved');
}

/** The transition function. `stubOf` names a kata's file (a save of it is what Enter pretends). */
export function step(state: WatchState, event: WatchEvent, stubOf: (id: string) => string): Step {
  switch (event.type) {
    case 'start': {
      if (!state.current) return { state, effects: [] };
      const checked = check(state, []);
      return { state: checked.state, effects: [{ type: 'watch-files', id: state.current.id }, ...checked.effects] };
    }
    case 'save': {
      if (state.manual) return { state, effects: [] };
      // A save to a kata outside the focused pattern is not this session's business.
      if (event.id && !focusedRows(state).some((r) => r.id === event.id)) return { state, effects: [] };
      const other = event.id && event.id !== state.current?.id ? state.rows.find((r) => r.id === event.id) : undefined;
      // A save to another kata's file: that kata becomes the current one (once nothing runs).
      if (other) return state.running ? { state: { ...state, switchTo: other.id }, effects: [] } : moveTo({ ...state, messages: [] }, other);
      return check(state, [event.file]);
    }
    case 'key':
      return onKey(state, event.key, stubOf);
    case 'tests-done': {
      if (event.outcome.id !== state.current?.id) return { state, effects: [] }; // a kata left meanwhile
      const passing = event.outcome.results.tests?.report.status === 'passing';
      return { state: { ...state, outcome: event.outcome, activity: { kind: 'tested', passing, ms: event.ms } }, effects: [] };
    }
    case 'check-done': {
      // The check of a kata left meanwhile (n, a pick): its result is not this kata's.
      const stale = event.outcome.id !== state.current?.id;
      const done: WatchState = { ...state, outcome: stale ? state.outcome : event.outcome, rows: event.rows, running: false, activity: { kind: 'idle' } };
      const switchTo = done.switchTo ? event.rows.find((r) => r.id === done.switchTo) : undefined;
      if (switchTo) return moveTo({ ...done, switchTo: null, queued: null, messages: [] }, switchTo);
      if (!stale && failedStage(event.outcome.marks) === null && event.outcome.results.tests) {
        const next = nextUnsolved(focusedRows(done), event.outcome.id);
        const message: WatchMessage = { kind: 'solved', id: event.outcome.id, measured: Boolean(event.outcome.results.complexity), next: next?.id ?? null };
        // The screen stays until a key: n moves on, s shows the reference and the interview notes.
        return { state: { ...done, queued: null, messages: [...done.messages, message] }, effects: [] };
      }
      if (done.queued) {
        const queued = done.queued;
        return check({ ...done, queued: null }, queued);
      }
      return { state: done, effects: [] };
    }
    case 'check-crashed':
      return { state: { ...state, running: false, queued: null, activity: { kind: 'idle' }, messages: [...state.messages, { kind: 'check-crashed', error: event.error }] }, effects: [] };
    case 'solution-shown':
      return { state: { ...state, messages: [...state.messages.filter((m) => m.kind === 'solved'), { kind: 'solution', id: event.id, text: event.text }] }, effects: [] };
    case 'hint-shown':
      return { state: { ...state, messages: [{ kind: 'hint', shown: event.shown, total: event.total, text: event.text }] }, effects: [] };
    case 'reset-done':
      return { state: { ...state, messages: [{ kind: 'reset', id: event.id, backup: event.backup }] }, effects: [] };
    case 'check-all-progress': {
      const activity = state.activity.kind === 'checking-all' ? state.activity : { kind: 'checking-all' as const, done: 0, total: focusedRows(state).length, last: null };
      return { state: { ...state, activity: { ...activity, done: activity.done + 1, last: { id: event.id, status: event.status } } }, effects: [] };
    }
    case 'check-all-done':
      // The fresh list, page by page (esc goes back).
      return { state: openPicker({ ...state, rows: event.rows, activity: { kind: 'idle' }, messages: [] }), effects: [] };
    case 'events-missed':
      if (state.manual || state.advisedManual || state.running) return { state, effects: [] };
      return { state: { ...state, advisedManual: true, messages: [...state.messages, { kind: 'events-missed' }] }, effects: [] };
    case 'resize': {
      const resized: WatchState = { ...state, height: event.rows };
      if (!state.picker) return { state: resized, effects: [] };
      return { state: { ...resized, picker: { ...state.picker, page: Math.min(state.picker.page, pagesOf(resized).length - 1) } }, effects: [] };
    }
  }
}
