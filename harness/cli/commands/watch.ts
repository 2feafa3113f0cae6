/**
 * `kata watch`: the shell around watch mode's state machine (learner/watch/machine.ts). It turns
 * file events and keys into events, carries out the machine's effects (checks through the warm
 * test process, hints, resets, "check all") and draws the screen after every step.
 */
import { statSync } from 'node:fs';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { kataFiles, kataOfWorkFile, WORK_DIR } from '../../base/paths.ts';
import { openWork } from '../../learner/work.ts';
import { loadMeta, resolveKata, resolvePattern } from '../../catalogue/katas.ts';
import { runChecks } from '../../check/pipeline.ts';
import type { KataOutcome } from '../../check/stage.ts';
import { LEARNER } from '../../impl/impl.ts';
import { focusedRows, initialState, step, type WatchEffect, type WatchEvent } from '../../learner/watch/machine.ts';
import { DEFAULT_ROWS } from '../../learner/watch/pages.ts';
import { eventsMissed, startingKata } from '../../learner/watch/session.ts';
import { listProgress } from '../../learner/progress.ts';
import { resetKata } from '../../learner/reset.ts';
import { WarmRunner } from '../../runner/warm.ts';
import { kataState, loadState, updateState } from '../../state/store.ts';
import { kataCommand, out, warnIfUnsandboxed } from '../command.ts';
import { renderWatch } from '../watch-view.ts';
import { SAVE_EVENTS } from '../save-watch.ts';
import { renderSolution } from '../render.ts';
import { solutionView } from '../../learner/solution.ts';
import { noteSolutionShown } from '../../learner/review.ts';
import { noteHint } from '../../state/review.ts';

const snapshot = (o: KataOutcome): KataOutcome => ({ ...o, results: { ...o.results }, marks: [...o.marks], skipped: { ...o.skipped } });

export default kataCommand({
  meta: { name: 'watch' },
  args: {
    kata: { type: 'positional', required: false, description: 'Start with this kata (default: the first one not solved)' },
    manual: { type: 'boolean', description: 'Do not watch files: press Enter to re-run (for file systems where watching fails)' },
    pattern: { type: 'string', description: "Practise one pattern: only its katas, in curriculum order (n stays inside it)", valueHint: 'P' },
  },
  async run({ args }) {
    const tty = Boolean(process.stdout.isTTY);
    const pattern = args.pattern ? resolvePattern(args.pattern) : undefined;
    // Every kata is in the state; --pattern (and f) focus n, the picker and "check all" on one pattern.
    const rows = await listProgress(undefined, loadState().state);
    const focus = pattern ?? null;
    const current = startingKata(focusedRows({ rows, focus }), args.kata ? resolveKata(args.kata).id : null, pattern);
    let state = initialState(rows, current, Boolean(args.manual), { focus, height: tty ? process.stdout.rows || DEFAULT_ROWS : DEFAULT_ROWS });
    warnIfUnsandboxed(LEARNER);
    const warm = new WarmRunner(LEARNER);
    let watcher = null as FSWatcher | null;
    let lastEventAt = 0;
    let seenMtime = 0;
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => { done = resolve; });
    const progress = async () => listProgress(undefined, loadState().state);
    const screen = () => renderWatch(state, { tty, columns: tty ? process.stdout.columns || null : null });

    const dispatch = (event: WatchEvent) => {
      const next = step(state, event, (id) => openWork(id).file);
      state = next.state;
      out(screen());
      for (const effect of next.effects) void perform(effect);
    };

    const options = SAVE_EVENTS;
    // All of work/, for the whole session (a save to another kata's file switches to that kata),
    // and the current kata's tests. The first is never re-created, so no save falls between two watchers.
    let workWatcher = null as FSWatcher | null;
    const saved = (id: string, file: string) => {
      lastEventAt = Date.now();
      if (id === state.current?.id) seenMtime = statSync(openWork(id).file).mtimeMs;
      dispatch({ type: 'save', file, id });
    };
    const watchFiles = async (id: string | null) => {
      await watcher?.close();
      watcher = null;
      if (!id || state.manual) return;
      seenMtime = statSync(openWork(id).file).mtimeMs;
      if (!workWatcher) {
        workWatcher = chokidarWatch(WORK_DIR, { ...options, depth: 3 });
        workWatcher.on('all', (event, file) => {
          const kata = event === 'add' || event === 'change' ? kataOfWorkFile(file) : null;
          // With a focus (--pattern, f), the machine leaves a save to another pattern's kata alone.
          if (kata && state.rows.some((r) => r.id === kata)) saved(kata, file);
        });
      }
      const test = kataFiles(id).test;
      watcher = chokidarWatch(test, options);
      watcher.on('all', () => saved(id, test));
    };

    const perform = async (effect: WatchEffect): Promise<void> => {
      switch (effect.type) {
        case 'check': {
          const savedAt = Date.now();
          try {
            const [outcome] = await runChecks([effect.id], LEARNER, {
              record: true,
              tests: { runOne: (id, _impl, seed) => warm.run(id, seed, effect.changed) },
              onResult: (stage, o) => { if (stage === 'tests') dispatch({ type: 'tests-done', outcome: snapshot(o), ms: Date.now() - savedAt }); },
            });
            dispatch({ type: 'check-done', outcome: outcome!, rows: await progress() });
          } catch (error) {
            dispatch({ type: 'check-crashed', error: (error as Error)?.stack ?? String(error) });
          }
          return;
        }
        case 'watch-files':
          return watchFiles(effect.id);
        case 'reveal-hint': {
          const meta = await loadMeta(effect.id);
          let shown = 0;
          await updateState((s) => { const k = kataState(s, effect.id); k.hintsShown = Math.min(k.hintsShown + 1, meta.hints.length); shown = k.hintsShown; noteHint(k); });
          return dispatch({ type: 'hint-shown', shown, total: meta.hints.length, text: meta.hints[shown - 1] ?? '' });
        }
        case 'reset':
          return dispatch({ type: 'reset-done', id: effect.id, backup: resetKata(effect.id).backup });
        case 'check-all':
          await runChecks(effect.ids, LEARNER, {
            stages: ['tests', 'record'],
            record: true,
            onResult: (stage, o) => { if (stage === 'tests') dispatch({ type: 'check-all-progress', id: o.id, status: o.results.tests!.report.status }); },
          });
          return dispatch({ type: 'check-all-done', rows: await progress() });
        case 'show-solution':
          await noteSolutionShown(effect.id);
          return dispatch({ type: 'solution-shown', id: effect.id, text: renderSolution(await solutionView(effect.id)) });
        case 'quit':
          return done();
      }
    };

    if (process.stdin.isTTY) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      // One key per character (a number typed fast, or pasted, arrives in one chunk); an escape sequence (arrows, pages) is one key.
      process.stdin.on('data', (data: string) => {
        if (data.startsWith('\x1b')) dispatch({ type: 'key', key: data });
        else for (const ch of data) dispatch({ type: 'key', key: ch });
      });
    } else {
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (data: string) => { for (const ch of data) dispatch({ type: 'key', key: ch === '\n' ? '\r' : ch }); });
    }
    const resized = () => dispatch({ type: 'resize', rows: process.stdout.rows || DEFAULT_ROWS });
    if (tty) process.stdout.on('resize', resized);
    const missed = setInterval(() => {
      if (!state.current || state.manual) return;
      const mtime = statSync(openWork(state.current.id).file).mtimeMs;
      if (!state.running && eventsMissed(mtime, seenMtime, lastEventAt, Date.now())) {
        seenMtime = mtime;
        dispatch({ type: 'events-missed' });
      }
    }, 1000);

    if (!state.current) {
      out(screen());
      process.stdout.off('resize', resized);
      clearInterval(missed);
      warm.close();
      process.stdin.pause();
      return 0;
    }
    openWork(state.current.id); // before the warm process starts: its sandbox mounts work/
    void warm.start().catch(() => {});
    dispatch({ type: 'start' });
    await finished;
    process.stdout.off('resize', resized);
    clearInterval(missed);
    await watcher?.close();
    await workWatcher?.close();
    warm.close();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stdin.pause();
    return 0;
  },
});
