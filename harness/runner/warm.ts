/**
 * Parent side of the warm test process (warm-child.ts): start it once, run a kata's tests on every
 * save, and if learner code stalls a run (or the process dies), report that run as stopped and
 * start a fresh process so the next save works again. The process is idle between saves, and
 * the supervisor's stall limit runs only while a save's tests are running.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ImplTarget } from '../impl/impl.ts';
import { describeStop, stopOf, supervise, type Stop, type Supervised } from '../process/supervisor.ts';
import type { KataTestReport } from './run-tests.ts';
import { STALL_MS, STARTUP_MS, stoppedReport, TEST_PROCESS, testsSandbox } from './isolated.ts';
import type { WarmMessage, WarmRequest } from './warm-child.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'warm-child.ts');

export class WarmRunner {
  #child: Supervised<WarmRequest> | null = null;
  #ready: Promise<void> | null = null;
  /** The run in progress, if any: where its report or its stop goes. */
  #onReport: ((report: KataTestReport) => void) | null = null;
  #onStop: ((stop: Stop) => void) | null = null;

  /**
   * `ids`: the katas it will run, when known (`kata interview`'s one kata), so the sandbox opens only
   * their files (and, for code behind the bridge, their references); null for any kata (watch mode moves between them).
   */
  constructor(readonly impl: ImplTarget, readonly limits = { stallMs: STALL_MS, startupMs: STARTUP_MS }, readonly ids: readonly string[] | null = null) {}

  /** Starts the process if it is not running; resolves when Vitest is warm. */
  start(): Promise<void> {
    if (this.#ready) return this.#ready;
    this.#ready = new Promise((resolve, reject) => {
      const child = supervise<WarmMessage, WarmRequest>({
        module: CHILD, request: this.impl, startupMs: this.limits.startupMs, stallMs: this.limits.stallMs, sandbox: testsSandbox(this.impl, this.ids),
        onMessage: (message) => { if ('report' in message) this.#onReport?.(message.report); },
        onIdle: resolve,
      });
      this.#child = child;
      void child.outcome.then((outcome) => {
        const stop = stopOf(outcome, 'a report');
        reject(new Error(describeStop(stop, TEST_PROCESS)));
        // Not ours any more when close() ended it on purpose.
        const endedByItself = this.#child === child;
        if (endedByItself) { this.#child = null; this.#ready = null; }
        const running = this.#onStop;
        running?.(stop);
        // A fresh process for the next save, warming up while the learner reads this verdict.
        if (running && endedByItself) void this.start().catch(() => {});
      });
    });
    return this.#ready;
  }

  /** Runs one kata's tests; `files` are the files that changed (their cached transforms are dropped). */
  async run(id: string, seed: number, files: readonly string[]): Promise<KataTestReport> {
    await this.start();
    const child = this.#child;
    // It ended between getting ready and now: start another.
    if (!child) return this.run(id, seed, files);
    return new Promise((resolve) => {
      const finish = (report: KataTestReport) => { this.#onReport = null; this.#onStop = null; resolve(report); };
      this.#onReport = finish;
      this.#onStop = (stop) => finish(stoppedReport(id, this.impl, seed, stop));
      child.send({ id, seed, files: [...files] });
    });
  }

  close(): void {
    const child = this.#child;
    this.#child = null;
    this.#ready = null;
    child?.stop();
  }
}
