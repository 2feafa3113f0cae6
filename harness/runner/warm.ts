/**
 * Parent side of the warm test process (warm-child.ts): start it once, run a kata's tests on every
 * save, and if learner code stalls a run, kill the process group and start a fresh one so the next
 * save works again.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describeImpl, type ImplTarget } from '../impl/impl.ts';
import { killProcessGroup } from '../process/kill.ts';
import type { KataTestReport } from './run-tests.ts';
import { STALL_MS, STARTUP_MS } from './isolated.ts';
import type { WarmMessage, WarmRequest } from './warm-child.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'warm-child.ts');

export class WarmRunner {
  #child: ChildProcess | null = null;
  #ready: Promise<void> | null = null;
  #listener: ((message: WarmMessage) => void) | null = null;

  constructor(readonly impl: ImplTarget, readonly limits = { stallMs: STALL_MS, startupMs: STARTUP_MS }) {}

  /** Starts the process if it is not running; resolves when Vitest is warm. */
  start(): Promise<void> {
    if (this.#ready) return this.#ready;
    const child = fork(CHILD, [JSON.stringify(this.impl)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'], detached: true });
    this.#child = child;
    this.#ready = new Promise((resolve, reject) => {
      child.on('message', (message: WarmMessage) => {
        if ('ready' in message) resolve();
        this.#listener?.(message);
      });
      child.on('exit', (code) => {
        if (this.#child === child) { this.#child = null; this.#ready = null; }
        reject(new Error(`the test process exited (code ${code}) before it was ready`));
      });
    });
    return this.#ready;
  }

  #kill(): void {
    const child = this.#child;
    this.#child = null;
    this.#ready = null;
    if (child) killProcessGroup(child);
  }

  /** Runs one kata's tests; `files` are the files that changed (their cached transforms are dropped). */
  async run(id: string, seed: number, files: readonly string[]): Promise<KataTestReport> {
    await this.start();
    const child = this.#child!;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout;
      const finish = (report: KataTestReport) => { clearTimeout(timer); this.#listener = null; child.off('exit', onExit); resolve(report); };
      const failing = (reason: string): KataTestReport => ({ id, impl: describeImpl(this.impl), seed, status: 'failing', passed: 0, failed: 0, failures: [], loadErrors: [reason] });
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.#kill();
          finish(failing(`a test did not finish within ${Math.round(this.limits.stallMs / 1000)} s: an endless loop, or a solution far too slow for the test inputs`));
          void this.start().catch(() => {});
        }, ms);
      };
      const onExit = () => finish(failing('the test process died while running your code (out of memory, or the process was ended)'));
      child.once('exit', onExit);
      this.#listener = (message) => {
        if ('progress' in message) arm(this.limits.stallMs);
        if ('report' in message) finish(message.report);
        if ('crash' in message) finish(failing(message.crash.split('\n')[0]!));
      };
      arm(this.limits.startupMs);
      const request: WarmRequest = { run: { id, seed, files: [...files] } };
      child.send(request);
    });
  }

  close(): void {
    this.#kill();
  }
}
