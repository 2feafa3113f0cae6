/** Watch mode's rules, fed event by event: no terminal, no files, no clock. */
import { describe, expect, it } from 'vitest';
import type { KataOutcome } from '../../check/stage.ts';
import type { Mark } from '../../outcome/outcome.ts';
import type { ProgressRow } from '../progress.ts';
import { focusedRows, initialState, pagesOf, step, type WatchEvent, type WatchState } from './machine.ts';

const row = (id: string, status: ProgressRow['status'] = 'not-started'): ProgressRow => ({
  id, pattern: id.split('/')[0]!, slug: id.split('/')[1]!, order: 0, title: id, difficulty: 'easy', target: 'O(n)', status, hintsShown: 0, complexity: null,
});
const rows = [row('a/one'), row('a/two'), row('b/three')];
const stubOf = (id: string) => `/ws/katas/${id}/stub.ts`;

function outcome(id: string, tests: 'passing' | 'failing', time?: 'ok' | 'regression' | 'inconclusive'): KataOutcome {
  const marks: { stage: 'tests' | 'complexity'; mark: Mark }[] = [{ stage: 'tests', mark: tests === 'passing' ? 'pass' : 'fail' }];
  if (time) marks.push({ stage: 'complexity', mark: time === 'ok' ? 'pass' : time === 'regression' ? 'fail' : 'neutral' });
  return {
    id, impl: { kind: 'learner' }, seed: 1, skipped: {}, marks,
    results: {
      tests: { report: { id, impl: 'learner', seed: 1, status: tests, passed: 3, failed: tests === 'passing' ? 0 : 1, failures: [], loadErrors: [] }, replays: [] },
      ...(time ? { complexity: { id, side: 'learner' as const, error: 'stand-in' } } : {}),
    },
  };
}

function run(state: WatchState, ...events: WatchEvent[]) {
  const effects = [];
  for (const event of events) {
    const next = step(state, event, stubOf);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const start = (manual = false) => run(initialState(rows, rows[0]!, manual), { type: 'start' });

describe('watch mode as a state machine', () => {
  it('starts by watching the current kata and checking it', () => {
    const { state, effects } = start();
    expect(effects).toEqual([{ type: 'watch-files', id: 'a/one' }, { type: 'check', id: 'a/one', changed: [] }]);
    expect(state.running).toBe(true);
    expect(state.activity.kind).toBe('testing');
  });

  it('queues a save that comes while a check runs, and runs it with the saved files after', () => {
    const during = run(start().state, { type: 'save', file: 'x.ts' }, { type: 'save', file: 'y.ts' });
    expect(during.effects).toEqual([]);
    const after = run(during.state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows });
    expect(after.effects).toEqual([{ type: 'check', id: 'a/one', changed: ['x.ts', 'y.ts'] }]);
    expect(after.state.queued).toBeNull();
  });

  it('shows the tests as soon as they finish, before the time stage', () => {
    const { state } = run(start().state, { type: 'tests-done', outcome: outcome('a/one', 'passing'), ms: 240 });
    expect(state.outcome?.results.tests?.report.status).toBe('passing');
    expect(state.activity).toEqual({ kind: 'tested', passing: true, ms: 240 });
    expect(state.running).toBe(true);
  });

  it('stays on the "passes" screen until n, which moves to the next unsolved kata', () => {
    const solvedRows = [row('a/one', 'passing'), row('a/two'), row('b/three')];
    const done = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'passing', 'ok'), rows: solvedRows });
    expect(done.state.messages).toEqual([{ kind: 'solved', id: 'a/one', measured: true, next: 'a/two' }]);
    expect(done.effects).toEqual([]);
    expect(done.state.current?.id).toBe('a/one');
    const moved = run(done.state, { type: 'key', key: 'n' });
    expect(moved.state.current?.id).toBe('a/two');
    expect(moved.state.outcome).toBeNull();
    expect(moved.effects).toEqual([{ type: 'watch-files', id: 'a/two' }, { type: 'check', id: 'a/two', changed: [] }]);
  });

  it('offers the solution on s once the kata passes, and not before', () => {
    const before = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows }, { type: 'key', key: 's' });
    expect(before.effects).toEqual([]);
    expect(before.state.messages).toEqual([{ kind: 'solution-locked', id: 'a/one' }]);
    const solvedRows = [row('a/one', 'passing'), row('a/two'), row('b/three')];
    const done = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'passing', 'ok'), rows: solvedRows });
    const asked = run(done.state, { type: 'key', key: 's' });
    expect(asked.effects).toEqual([{ type: 'show-solution', id: 'a/one' }]);
    const shown = run(asked.state, { type: 'solution-shown', id: 'a/one', text: 'the reference' });
    expect(shown.state.messages).toEqual([{ kind: 'solved', id: 'a/one', measured: true, next: 'a/two' }, { kind: 'solution', id: 'a/one', text: 'the reference' }]);
    expect(run(shown.state, { type: 'key', key: 'n' }).state.current?.id).toBe('a/two');
  });

  it('switches to another kata when its file is saved, and checks it', () => {
    const idle = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows });
    const switched = run(idle.state, { type: 'save', file: 'work/b/three/three.ts', id: 'b/three' });
    expect(switched.state.current?.id).toBe('b/three');
    expect(switched.effects).toEqual([{ type: 'watch-files', id: 'b/three' }, { type: 'check', id: 'b/three', changed: [] }]);
    const during = run(start().state, { type: 'save', file: 'work/b/three/three.ts', id: 'b/three' });
    expect(during.effects).toEqual([]);
    const after = run(during.state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows });
    expect(after.state.current?.id, 'a save to another kata during a check switches once it is done').toBe('b/three');
    expect(after.effects).toEqual([{ type: 'watch-files', id: 'b/three' }, { type: 'check', id: 'b/three', changed: [] }]);
    const same = run(idle.state, { type: 'save', file: 'work/a/one/one.ts', id: 'a/one' });
    expect(same.effects).toEqual([{ type: 'check', id: 'a/one', changed: ['work/a/one/one.ts'] }]);
  });

  it('stays on a kata whose time stage failed, and treats an inconclusive one as passing', () => {
    const unsure = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'passing', 'inconclusive'), rows });
    expect(unsure.state.messages.map((m) => m.kind)).toEqual(['solved']);
    const slow = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'passing', 'regression'), rows });
    expect(slow.effects).toEqual([]);
    expect(slow.state.current?.id).toBe('a/one');
    expect(slow.state.messages).toEqual([]);
  });

  it('shows the all-done screen when the last kata is solved and n is pressed', () => {
    const allPassing = rows.map((r) => ({ ...r, status: 'passing' as const }));
    const { state, effects } = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'passing'), rows: allPassing }, { type: 'key', key: 'n' });
    expect(state.current).toBeNull();
    expect(effects.at(-1)).toEqual({ type: 'watch-files', id: null });
  });

  it('ignores saves in manual mode and re-runs the kata file on Enter', () => {
    const idle = run(start(true).state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows });
    expect(run(idle.state, { type: 'save', file: 'x.ts' }).effects).toEqual([]);
    expect(run(idle.state, { type: 'key', key: '\r' }).effects).toEqual([{ type: 'check', id: 'a/one', changed: [stubOf('a/one')] }]);
  });

  it('asks before a reset, and resets only on y', () => {
    const asked = run(start().state, { type: 'key', key: 'r' });
    expect(asked.state.messages).toEqual([{ kind: 'confirm-reset', id: 'a/one' }]);
    expect(run(asked.state, { type: 'key', key: 'y' }).effects).toEqual([{ type: 'reset', id: 'a/one' }]);
    const cancelled = run(asked.state, { type: 'key', key: 'n' });
    expect(cancelled.effects).toEqual([]);
    expect(cancelled.state.messages).toEqual([{ kind: 'reset-cancelled' }]);
  });

  it('checks every kata on a, counting them as they finish, then shows the list', () => {
    const all = run(start().state, { type: 'key', key: 'a' });
    expect(all.effects).toEqual([{ type: 'check-all', ids: ['a/one', 'a/two', 'b/three'] }]);
    const counted = run(all.state, { type: 'check-all-progress', id: 'a/one', status: 'failing' }, { type: 'check-all-progress', id: 'a/two', status: 'passing' });
    expect(counted.state.activity).toEqual({ kind: 'checking-all', done: 2, total: 3, last: { id: 'a/two', status: 'passing' } });
    const finished = run(counted.state, { type: 'check-all-done', rows });
    expect(finished.state.picker, 'the fresh list, page by page').toEqual({ page: 0, typed: '', error: null });
    expect(finished.state.activity.kind).toBe('idle');
  });

  it('advises --manual once when file events are missing, never in manual mode', () => {
    const idle = run(start().state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows }).state;
    const twice = run(idle, { type: 'events-missed' }, { type: 'events-missed' });
    expect(twice.state.messages).toEqual([{ kind: 'events-missed' }]);
    const manual = run(start(true).state, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows }, { type: 'events-missed' });
    expect(manual.state.messages).toEqual([]);
  });

  it('goes on after a crashed check, and quits on q', () => {
    const crashed = run(start().state, { type: 'check-crashed', error: 'boom' });
    expect(crashed.state.running).toBe(false);
    expect(run(crashed.state, { type: 'save', file: 'x.ts' }).effects).toEqual([{ type: 'check', id: 'a/one', changed: ['x.ts'] }]);
    expect(run(crashed.state, { type: 'key', key: 'q' }).effects).toEqual([{ type: 'quit' }]);
  });
});

describe('the picker (p, l): the kata list page by page', () => {
  // Ten katas in three patterns; a 10-row terminal leaves pages of 5 lines (pages.ts).
  const many = [
    row('a/one'), row('a/two'), row('a/three', 'passing'), row('a/four'),
    row('b/five'), row('b/six', 'failing'), row('b/seven'),
    row('c/eight'), row('c/nine'), row('c/ten'),
  ];
  const keys = (state: WatchState, ...typed: string[]) => run(state, ...typed.map((key): WatchEvent => ({ type: 'key', key })));
  const idle = (options: Parameters<typeof initialState>[3] = {}) =>
    run(initialState(many, many[0]!, false, { height: 10, ...options }), { type: 'start' }, { type: 'check-done', outcome: outcome('a/one', 'failing'), rows: many }).state;

  it('opens on p (and l) on the page of the current kata, and pages with ] [ space b, within bounds', () => {
    const opened = keys(idle(), 'p').state;
    expect(opened.picker).toEqual({ page: 0, typed: '', error: null });
    expect(keys(idle(), 'l').state.picker).toEqual(opened.picker);
    const last = pagesOf(opened).length - 1;
    expect(last).toBeGreaterThan(1);
    expect(keys(opened, ']').state.picker?.page).toBe(1);
    expect(keys(opened, ' ', ' ').state.picker?.page).toBe(2);
    expect(keys(opened, ...Array(10).fill(']')).state.picker?.page, 'no page past the last').toBe(last);
    expect(keys(opened, ']', '[').state.picker?.page).toBe(0);
    expect(keys(opened, ']', 'b', 'b').state.picker?.page, 'no page before the first').toBe(0);
    const onTen = { ...idle(), current: many[9]! };
    expect(keys(onTen, 'p').state.picker?.page, 'opens where the current kata is').toBe(last);
  });

  it('picks a kata by its number and Enter: it becomes the current one, its file watched and checked', () => {
    const { state, effects } = keys(idle(), 'p', ']', '6', '\r');
    expect(state.picker).toBeNull();
    expect(state.current?.id).toBe('b/six');
    expect(effects).toEqual([{ type: 'watch-files', id: 'b/six' }, { type: 'check', id: 'b/six', changed: [] }]);
    expect(keys(idle(), 'p', '1', '0', '\r').state.current?.id, 'numbers run across pages').toBe('c/ten');
    expect(keys(idle(), 'p', '2', '0', '\x7f', '\r').state.current?.id, 'backspace drops a digit').toBe('a/two');
  });

  it('refuses a number that names no kata, and Enter without one, staying open', () => {
    const wrong = keys(idle(), 'p', '4', '2', '\r');
    expect(wrong.effects).toEqual([]);
    expect(wrong.state.picker).toEqual({ page: 0, typed: '', error: 'There is no kata 42 here: the numbers run from 1 to 10.' });
    expect(keys(idle(), 'p', '0', '\r').state.picker?.error).toMatch(/no kata 0/);
    expect(keys(idle(), 'p', '\r').state.picker?.error).toMatch(/number first/);
  });

  it('closes on esc or q without moving, and q there does not quit', () => {
    for (const key of ['\x1b', 'q', 'p']) {
      const { state, effects } = keys(idle(), 'p', '7', key);
      expect(state.picker, key).toBeNull();
      expect(state.current?.id).toBe('a/one');
      expect(state.quitting).toBe(false);
      expect(effects).toEqual([]);
    }
    expect(keys(idle(), 'p', 'n', 'h', 'a').effects, 'watch keys do nothing while the list is open').toEqual([]);
    expect(keys(idle(), 'p', '\u0003').effects, 'ctrl-c still quits').toEqual([{ type: 'quit' }]);
  });

  it('picking the kata it is on just closes the list', () => {
    const { state, effects } = keys(idle(), 'p', '1', '\r');
    expect(state.picker).toBeNull();
    expect(effects).toEqual([]);
  });

  it('drops the result of a check of the kata it left, then checks the picked one', () => {
    const during = keys(start().state, 'p', '3', '\r');
    expect(during.state.current?.id).toBe('b/three');
    expect(during.effects).toEqual([{ type: 'watch-files', id: 'b/three' }]);
    const tested = run(during.state, { type: 'tests-done', outcome: outcome('a/one', 'passing'), ms: 10 });
    expect(tested.state.outcome).toBeNull();
    const after = run(tested.state, { type: 'check-done', outcome: outcome('a/one', 'passing', 'ok'), rows });
    expect(after.state.outcome).toBeNull();
    expect(after.state.messages, 'no "a/one passes" under b/three').toEqual([]);
    expect(after.effects).toEqual([{ type: 'check', id: 'b/three', changed: [] }]);
  });

  it('keeps the page inside the pages when the terminal shrinks or grows', () => {
    const opened = keys(idle(), 'p', ']', ']').state;
    const taller = run(opened, { type: 'resize', rows: 60 }).state;
    expect(taller.picker?.page).toBe(0);
    expect(pagesOf(taller)).toHaveLength(1);
    expect(run(opened, { type: 'resize', rows: 7 }).state.height).toBe(7);
  });

  it('lists only the focused pattern, numbered from 1', () => {
    const focused = idle({ focus: 'b' });
    const picked = keys(focused, 'p', '2', '\r');
    expect(picked.state.current?.id).toBe('b/six');
    expect(keys(focused, 'p', '4', '\r').state.picker?.error).toBe('There is no kata 4 here: the numbers run from 1 to 3.');
  });
});

describe('pattern focus (--pattern P, f)', () => {
  const mixed = [row('a/one'), row('a/two'), row('b/three'), row('b/four')];
  const on = (current: string, focus: string | null) =>
    run(initialState(mixed, mixed.find((r) => r.id === current)!, false, { focus }), { type: 'start' }, { type: 'check-done', outcome: outcome(current, 'failing'), rows: mixed }).state;

  it('n stays inside the focused pattern, wrapping around', () => {
    const state = on('b/three', 'b');
    expect(run(state, { type: 'key', key: 'n' }).state.current?.id).toBe('b/four');
    const fourth = run(on('b/four', 'b'), { type: 'key', key: 'n' });
    expect(fourth.state.current?.id).toBe('b/three');
    expect(run(on('b/four', null), { type: 'key', key: 'n' }).state.current?.id, 'unfocused: on to the next pattern').toBe('a/one');
  });

  it('f focuses on the current kata\'s pattern, and f again lets go', () => {
    const focused = run(on('a/two', null), { type: 'key', key: 'f' });
    expect(focused.effects).toEqual([]);
    expect(focused.state.focus).toBe('a');
    expect(focused.state.messages).toEqual([{ kind: 'focus', pattern: 'a', katas: 2 }]);
    expect(focusedRows(focused.state).map((r) => r.id)).toEqual(['a/one', 'a/two']);
    expect(run(focused.state, { type: 'key', key: 'n' }).state.current?.id).toBe('a/one');
    const all = run(focused.state, { type: 'key', key: 'f' });
    expect(all.state.focus).toBeNull();
    expect(all.state.messages).toEqual([{ kind: 'focus', pattern: null, katas: 4 }]);
    expect(run(on('b/three', 'b'), { type: 'key', key: 'f' }).state.focus, 'f lets go of --pattern too').toBeNull();
  });

  it('the "passes" screen\'s next kata follows the focus', () => {
    const solvedRows = mixed.map((r) => (r.id === 'a/two' ? { ...r, status: 'passing' as const } : r));
    const done = run(on('a/two', null), { type: 'key', key: 'f' }, { type: 'key', key: 'f' }, { type: 'key', key: '\r' },
      { type: 'check-done', outcome: outcome('a/two', 'passing', 'ok'), rows: solvedRows });
    expect(done.state.messages[0]).toEqual({ kind: 'solved', id: 'a/two', measured: true, next: 'b/three' });
    const focused = run(done.state, { type: 'key', key: 'f' });
    expect(focused.state.messages[0]).toEqual({ kind: 'solved', id: 'a/two', measured: true, next: 'a/one' });
    expect(run(focused.state, { type: 'key', key: 'n' }).state.current?.id).toBe('a/one');
  });

  it('checks only the focused katas on a, and leaves a save to another pattern\'s kata alone', () => {
    const state = on('b/three', 'b');
    expect(run(state, { type: 'key', key: 'a' }).effects).toEqual([{ type: 'check-all', ids: ['b/three', 'b/four'] }]);
    expect(run(state, { type: 'save', file: 'work/a/one/one.ts', id: 'a/one' }).effects).toEqual([]);
    expect(run(state, { type: 'save', file: 'work/b/four/four.ts', id: 'b/four' }).state.current?.id).toBe('b/four');
    expect(run(on('b/three', null), { type: 'save', file: 'work/a/one/one.ts', id: 'a/one' }).state.current?.id).toBe('a/one');
  });
});
