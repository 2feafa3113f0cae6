/**
 * Watch mode as a state machine: `step(state, event)` returns the next state and the effects the
 * shell (cli/commands/watch.ts) must carry out: run a check, watch other files, reveal a hint,
 * show the solution, reset a stub, quit. The shell feeds back what happened as events. No terminal, no files,
 * no clock in here, so every rule is unit-tested by feeding events (machine.test.ts).
 */
import type { KataOutcome } from '../../check/stage.ts';
import { failedStage } from '../../outcome/outcome.ts';
import type { ProgressRow } from '../progress.ts';
import { nextUnsolved } from './session.ts';

/** What the screen says below the check, as data; the CLI words it. */
export type WatchMessage =
  | { kind: 'solved'; id: string; measured: boolean; next: string | null }
  | { kind: 'hint'; shown: number; total: number; text: string }
  | { kind: 'solution'; id: string; text: string }
  | { kind: 'solution-locked'; id: string }
  | { kind: 'list' }
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
  | { type: 'events-missed' };

export type WatchEffect =
  | { type: 'check'; id: string; changed: readonly string[] }
  | { type: 'watch-files'; id: string | null }
  | { type: 'reveal-hint'; id: string }
  | { type: 'show-solution'; id: string }
  | { type: 'reset'; id: string }
  | { type: 'check-all'; ids: readonly string[] }
  | { type: 'quit' };

export function initialState(rows: readonly ProgressRow[], current: ProgressRow | null, manual: boolean): WatchState {
  return {
    rows, current, manual, outcome: null, activity: { kind: 'idle' }, messages: [],
    running: false, queued: null, switchTo: null, confirmingReset: false, advisedManual: false, quitting: false,
  };
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
  const moved = { ...state, current: next, outcome: null, activity: { kind: 'idle' } as const };
  const watched: Step = { state: moved, effects: [{ type: 'watch-files', id: next?.id ?? null }] };
  if (!next) return watched;
  const checked = check(moved, []);
  return { state: checked.state, effects: [...watched.effects, ...checked.effects] };
}

function onKey(state: WatchState, key: string, stubOf: (id: string) => string): Step {
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
      return moveTo(state, nextUnsolved(state.rows, state.current?.id ?? null) ?? state.current);
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
    case 'l':
      return { state: { ...state, messages: [{ kind: 'list' }] }, effects: [] };
    case 'r':
      return state.current
        ? { state: { ...state, confirmingReset: true, messages: [{ kind: 'confirm-reset', id: state.current.id }] }, effects: [] }
        : { state, effects: [] };
    case 'a':
      return {
        state: { ...state, activity: { kind: 'checking-all', done: 0, total: state.rows.length, last: null } },
        effects: [{ type: 'check-all', ids: state.rows.map((r) => r.id) }],
      };
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
      const other = event.id && event.id !== state.current?.id ? state.rows.find((r) => r.id === event.id) : undefined;
      // A save to another kata's file: that kata becomes the current one (once nothing runs).
      if (other) return state.running ? { state: { ...state, switchTo: other.id }, effects: [] } : moveTo({ ...state, messages: [] }, other);
      return check(state, [event.file]);
    }
    case 'key':
      return onKey(state, event.key, stubOf);
    case 'tests-done': {
      const passing = event.outcome.results.tests?.report.status === 'passing';
      return { state: { ...state, outcome: event.outcome, activity: { kind: 'tested', passing, ms: event.ms } }, effects: [] };
    }
    case 'check-done': {
      const done: WatchState = { ...state, outcome: event.outcome, rows: event.rows, running: false, activity: { kind: 'idle' } };
      const switchTo = done.switchTo ? event.rows.find((r) => r.id === done.switchTo) : undefined;
      if (switchTo) return moveTo({ ...done, switchTo: null, queued: null, messages: [] }, switchTo);
      if (failedStage(event.outcome.marks) === null && event.outcome.results.tests) {
        const next = nextUnsolved(event.rows, event.outcome.id);
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
      const activity = state.activity.kind === 'checking-all' ? state.activity : { kind: 'checking-all' as const, done: 0, total: state.rows.length, last: null };
      return { state: { ...state, activity: { ...activity, done: activity.done + 1, last: { id: event.id, status: event.status } } }, effects: [] };
    }
    case 'check-all-done':
      return { state: { ...state, rows: event.rows, activity: { kind: 'idle' }, messages: [{ kind: 'list' }] }, effects: [] };
    case 'events-missed':
      if (state.manual || state.advisedManual || state.running) return { state, effects: [] };
      return { state: { ...state, advisedManual: true, messages: [...state.messages, { kind: 'events-missed' }] }, effects: [] };
  }
}
