/** Watch mode's rules, fed event by event: no terminal, no files, no clock. */
import { describe, expect, it } from 'vitest';
import type { KataOutcome } from '../../check/stage.ts';
import type { Mark } from '../../outcome/outcome.ts';
import type { ProgressRow } from '../progress.ts';
import { initialState, step, type WatchEvent, type WatchState } from './machine.ts';

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
    expect(finished.state.messages).toEqual([{ kind: 'list' }]);
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
