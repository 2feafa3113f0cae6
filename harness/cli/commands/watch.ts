import { statSync } from 'node:fs';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import pc from 'picocolors';
import { checkKata, newSeed, type CheckResult } from '../../check/check.ts';
import { loadMeta, resolveKata } from '../../catalogue/katas.ts';
import { kataFiles } from '../../base/paths.ts';
import { listProgress, type ProgressRow } from '../../learner/progress.ts';
import { resetKata } from '../../learner/reset.ts';
import { LEARNER } from '../../impl/impl.ts';
import { runKataTests } from '../../runner/isolated.ts';
import { WarmRunner } from '../../runner/warm.ts';
import { kataState, loadState, recordCheck, updateState } from '../../state/store.ts';
import { eventsMissed, isSolved, nextUnsolved } from '../../learner/watch/session.ts';
import { kataCommand, out } from '../command.ts';
import { renderCheck, renderProgress } from '../render.ts';

const KEYS = `${pc.bold('enter')} re-run  ${pc.bold('n')} next  ${pc.bold('h')} hint  ${pc.bold('l')} list  ${pc.bold('r')} reset  ${pc.bold('a')} check all  ${pc.bold('q')} quit`;

export default kataCommand({
  meta: { name: 'watch', description: 'Re-check the current kata on every save; move on when it passes and meets its target' },
  args: {
    kata: { type: 'positional', required: false, description: 'Start with this kata (default: the first one not solved)' },
    manual: { type: 'boolean', description: 'Do not watch files: press Enter to re-run (for file systems where watching fails)' },
  },
  async run({ args }) {
    const tty = Boolean(process.stdout.isTTY);
    let rows = await listProgress(undefined, loadState().state);
    let current: ProgressRow | null = args.kata ? rows.find((r) => r.id === resolveKata(args.kata!).id)! : nextUnsolved(rows, null);
    const warm = new WarmRunner(LEARNER);
    let watcher = null as FSWatcher | null;
    let lastEventAt = 0;
    let seenMtime = 0;
    let lastResult: CheckResult | null = null;
    let stage = '';
    let messages: string[] = [];
    let running = false;
    let rerun = false;
    let confirmingReset = false;
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => { done = resolve; });

    const draw = () => {
      const lines: string[] = [];
      if (tty) lines.push('\x1b[2J\x1b[H');
      const solved = rows.filter((r) => r.status === 'passing').length;
      if (!current) {
        lines.push(pc.green(pc.bold(`kata watch: all ${rows.length} katas pass. Well done.`)), '');
        lines.push('Next: practise a pattern again from scratch with `npx kata reset <kata>`, compare with a teammate in a league (`npx kata ci`, README), or see your growth charts with `npx kata report`.');
        out(lines.join('\n'));
        return;
      }
      lines.push(`${pc.bold('kata watch')} · ${pc.bold(current.id)}${current.title ? ` (${current.title})` : ''} · target ${current.target ?? '-'} · ${solved}/${rows.length} solved`);
      lines.push(pc.dim(`task: katas/${current.id}/README.md    your code: katas/${current.id}/${current.slug}.ts${args.manual ? '    (manual mode: press Enter to re-run)' : ''}`), '');
      if (lastResult) lines.push(renderCheck(lastResult, { watching: true }));
      if (stage) lines.push('', pc.dim(stage));
      for (const m of messages) lines.push('', m);
      lines.push('', KEYS);
      out(lines.join('\n'));
    };

    const watchCurrent = async () => {
      await watcher?.close();
      watcher = null;
      if (!current || args.manual) return;
      const files = kataFiles(current.id);
      seenMtime = statSync(files.stub).mtimeMs;
      watcher = chokidarWatch([files.stub, files.test], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 } });
      watcher.on('all', (_event, file) => {
        lastEventAt = Date.now();
        seenMtime = statSync(kataFiles(current!.id).stub).mtimeMs;
        void check([file]);
      });
    };

    const check = async (changed: string[]) => {
      if (!current) return;
      if (running) { rerun = true; return; }
      running = true;
      const id = current.id;
      const savedAt = Date.now();
      messages = [];
      stage = 'running the tests…';
      draw();
      try {
        const result = await checkKata(id, LEARNER, {
          seed: newSeed(),
          runTests: (kata, impl, seed) => warm.run(kata, seed, changed),
          onTests: (report) => {
            lastResult = { report, replays: [], complexity: null, regression: null };
            stage = report.status === 'passing' ? `tests passed in ${Date.now() - savedAt} ms; measuring how it grows against the reference…` : `tests ran in ${Date.now() - savedAt} ms`;
            draw();
          },
          record: true,
        });
        lastResult = result;
        stage = '';
        rows = await listProgress(undefined, loadState().state);
        if (isSolved(result)) {
          const next = nextUnsolved(rows, id);
          messages.push(pc.green(pc.bold(`✓ ${id} passes${result.complexity ? ' and grows as it should' : ''}.`)) + (next ? ` Next up: ${next.id}.` : ''));
          draw();
          await new Promise((r) => setTimeout(r, 1500));
          current = next;
          lastResult = null;
          await watchCurrent();
          if (current) { running = false; await check([]); return; }
        }
        draw();
      } finally {
        running = false;
      }
      if (rerun) { rerun = false; await check([]); }
    };

    const keys = async (key: string) => {
      if (confirmingReset) {
        confirmingReset = false;
        if (key === 'y' && current) {
          const r = resetKata(current.id);
          messages = [r.backup ? `Restored the stub of ${current.id}; your version is in ${r.backup}.` : 'Already the original stub; nothing changed.'];
        } else messages = ['Reset cancelled.'];
        draw();
        return;
      }
      switch (key) {
        case 'q': case '\u0003': return done();
        case '\r': case '\n': return void check([kataFiles(current?.id ?? '').stub]);
        case 'n': {
          current = nextUnsolved(rows, current?.id ?? null) ?? current;
          lastResult = null;
          await watchCurrent();
          return void check([]);
        }
        case 'h': {
          if (!current) return;
          const meta = await loadMeta(current.id);
          let shown = 0;
          await updateState((s) => { const k = kataState(s, current!.id); k.hintsShown = Math.min(k.hintsShown + 1, meta.hints.length); shown = k.hintsShown; });
          messages = [`${pc.bold(`Hint ${shown}/${meta.hints.length}:`)} ${meta.hints[shown - 1]}`];
          return draw();
        }
        case 'l':
          messages = [renderProgress(rows)];
          return draw();
        case 'r':
          confirmingReset = true;
          messages = [pc.yellow(`Reset ${current?.id} to the original stub? Your version is kept as a backup. Press y to confirm, any other key to cancel.`)];
          return draw();
        case 'a': {
          stage = 'checking every kata…';
          draw();
          let checked = 0;
          const reports = await runKataTests(rows.map((r) => r.id), LEARNER, { seed: newSeed() }, {
            onReport: (r) => { checked++; stage = `checking every kata… ${checked}/${rows.length} (${r.id}: ${r.status})`; draw(); },
          });
          await updateState((s) => { for (const r of reports) recordCheck(s, r.id, { at: new Date().toISOString(), status: r.status, passed: r.passed, failed: r.failed }); });
          rows = await listProgress(undefined, loadState().state);
          stage = '';
          messages = [renderProgress(rows)];
          return draw();
        }
      }
    };

    if (process.stdin.isTTY) {
      process.stdin.setRawMode(true);
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (data: string) => { void keys(data); });
    } else {
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (data: string) => { for (const ch of data) void keys(ch === '\n' ? '\r' : ch); });
    }
    const missed = setInterval(() => {
      if (!current || args.manual || messages.some((m) => m.includes('--manual'))) return;
      const mtime = statSync(kataFiles(current.id).stub).mtimeMs;
      if (!running && eventsMissed(mtime, seenMtime, lastEventAt, Date.now())) {
        seenMtime = mtime;
        messages.push(pc.yellow('Your file changed on disk but no file event reached kata watch (a network or container file system?). Run `npx kata watch --manual` and press Enter to re-run after each save.'));
        draw();
      }
    }, 1000);

    if (!current) { draw(); clearInterval(missed); warm.close(); process.stdin.pause(); return 0; }
    void warm.start().catch(() => {});
    await watchCurrent();
    void check([]);
    await finished;
    clearInterval(missed);
    await watcher?.close();
    warm.close();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stdin.pause();
    return 0;
  },
});
