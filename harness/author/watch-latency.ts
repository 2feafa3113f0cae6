/**
 * How long a learner waits in watch mode: from writing the kata file to the test results on
 * screen. Runs the real `kata watch <kata>` in a throwaway copy of the workspace (its screen piped,
 * not a terminal), saves the kata file the way an editor does, and times until the screen shows
 * the results line ("tests ran in … ms"). Saves alternate between the kata's mutants (wrong
 * solutions: the tests fail, fast-check shrinks) and the untouched stub, so watch mode never moves
 * on to another kata and every save is a full run of the tests. The copy starts from the shipped
 * stub, whatever the learner's own file holds.
 *
 * Returns data; `kata dev bench-watch` (npm run bench:watch) prints it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../base/errors.ts';
import { learnerFile, workspacePaths } from '../base/paths.ts';
import { mutantFiles } from '../catalogue/mutants.ts';
import { shippedStub } from '../catalogue/stubs.ts';
import { copyWorkspace, kataArgv } from './workspace-copy.ts';

export interface LatencyTrial {
  id: string;
  /** What was saved: `stub`, or `mutant:<name>`. */
  saved: string;
  /** Wall time from the write to the results line on screen. */
  ms: number;
  /** What watch mode itself printed as the time from the file event to the results. */
  reportedMs: number;
}

export interface LatencySummary {
  saves: number;
  median: number;
  p90: number;
  max: number;
}

export interface LatencyOptions {
  ids: readonly string[];
  /** Saves timed per kata (the first check on start is not counted). */
  saves: number;
  onTrial?: (trial: LatencyTrial) => void;
  /** Longest wait for one results line before the kata is given up as broken. */
  timeoutMs?: number;
  /** The workspace to copy (default: this one). */
  source?: string;
}

/** The results line, inside a screen of watch mode on kata `id` (not on the kata it moved on to). */
function resultsOf(id: string): RegExp {
  const header = `kata watch · ${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `;
  return new RegExp(`${header}(?:(?!kata watch · )[\\s\\S])*?tests (?:ran|passed) in (\\d+) ms`);
}

export function summarise(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { saves: sorted.length, median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? Number.NaN };
}

/** The contents saved in turn: every mutant of the kata, then the stub. */
function variantsOf(id: string): { saved: string; content: string }[] {
  // The shipped stub, not the learner's file: a solved kata would pass, and watch mode move on.
  const stub = shippedStub(id);
  if (stub === null) throw new UserError(`No shipped stub found for ${id} (neither the working file nor git history has one): bench:watch needs it to time failing runs.`);
  const mutants = mutantFiles(id).map((file) => ({ saved: `mutant:${path.basename(file, '.ts')}`, content: readFileSync(file, 'utf8') }));
  return [...mutants, { saved: 'stub', content: stub }];
}

class Screen {
  #text = '';
  #waiters: { from: number; pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  constructor(child: ChildProcess) {
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      this.#text += chunk;
      this.#waiters = this.#waiters.filter((w) => {
        const m = w.pattern.exec(this.#text.slice(w.from));
        if (m) w.resolve(m);
        return !m;
      });
    });
  }
  get length(): number { return this.#text.length; }
  tail(): string { return this.#text.slice(-2000); }
  /** Resolves with the first match of `pattern` in the output written after position `from`. */
  waitFor(pattern: RegExp, from: number, timeoutMs: number): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kata watch did not show ${pattern} within ${timeoutMs / 1000} s. Its last output:\n${this.tail()}`)), timeoutMs);
      const done = (m: RegExpExecArray) => { clearTimeout(timer); resolve(m); };
      const m = pattern.exec(this.#text.slice(from));
      if (m) done(m);
      else this.#waiters.push({ from, pattern, resolve: done });
    });
  }
  /** Resolves once nothing has been written for `quietMs` (the check finished and recorded). */
  async settle(quietMs: number): Promise<void> {
    let seen = -1;
    while (seen !== this.#text.length) {
      seen = this.#text.length;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }
}

export async function measureWatchLatency(options: LatencyOptions): Promise<{ trials: LatencyTrial[]; summary: LatencySummary }> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const workspace = copyWorkspace(options.source);
  // A learner's workspace brings its work (the files watch mode watches).
  const theirWork = options.source ? workspacePaths(options.source).work : null;
  if (theirWork && existsSync(theirWork)) cpSync(theirWork, workspacePaths(workspace).work, { recursive: true });
  const trials: LatencyTrial[] = [];
  try {
    for (const id of options.ids) {
      const file = learnerFile(id, workspacePaths(workspace).work);
      const variants = variantsOf(id);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, variants.at(-1)!.content);
      const child = spawn(process.execPath, kataArgv(workspace, 'watch', id), {
        cwd: workspace,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      const screen = new Screen(child);
      const results = resultsOf(id);
      try {
        await screen.waitFor(results, 0, timeoutMs);
        await screen.settle(500);
        for (let i = 0; i < options.saves; i++) {
          const variant = variants[i % variants.length]!;
          const content = `${variant.content}\n// save ${i}\n`;
          const from = screen.length;
          const started = performance.now();
          writeFileSync(file, content);
          const m = await screen.waitFor(results, from, timeoutMs);
          const trial = { id, saved: variant.saved, ms: Math.round(performance.now() - started), reportedMs: Number(m[1]) };
          trials.push(trial);
          options.onTrial?.(trial);
          await screen.settle(300);
        }
      } finally {
        // q lets watch mode close its warm test process; the kill is for a watch that hangs.
        const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
        child.stdin!.end('q');
        const timer = setTimeout(() => child.kill(), 10_000);
        await exited;
        clearTimeout(timer);
      }
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  return { trials, summary: summarise(trials.map((t) => t.ms)) };
}
