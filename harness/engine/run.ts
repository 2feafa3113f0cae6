/**
 * Runs measurements in a child process (child.ts) with a wall-clock limit. A child that does not
 * answer in time (a learner's endless loop, a call far over budget) is killed, and the kata it was
 * on gets a failure that says so; the harness itself never hangs.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ComplexityClass } from '../kit/index.ts';
import type { ImplTarget } from '../impl/impl.ts';
import type { ChildMessage, ChildRequest } from './child.ts';
import type { ComplexityFailure, ComplexityReport } from './time/time-growth.ts';
import type { MeasureOptions } from './time/measure.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.ts');

export interface ComplexityJob {
  id: string;
  impl: ImplTarget;
  target: ComplexityClass;
}

export type ComplexityResult = ComplexityReport | ComplexityFailure;

export interface RunComplexityOptions extends Partial<MeasureOptions> {
  confirm?: boolean;
  /** Wall-clock limit of one job, ms. */
  jobTimeoutMs?: number;
  /** Called as each job finishes (progress display). */
  onResult?: (job: ComplexityJob, result: ComplexityResult) => void;
}

function runChild(jobs: ComplexityJob[], options: RunComplexityOptions): Promise<Map<number, ComplexityResult>> {
  const { jobTimeoutMs = 60_000, onResult, ...measureOptions } = options;
  const request: ChildRequest = { jobs, options: measureOptions };
  return new Promise((resolve) => {
    const results = new Map<number, ComplexityResult>();
    const child = fork(CHILD, [JSON.stringify(request)], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=2048'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), jobTimeoutMs);
    };
    arm();
    child.on('message', (message: ChildMessage) => {
      results.set(message.index, message.result);
      onResult?.(jobs[message.index]!, message.result);
      arm();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const next = jobs.findIndex((_, i) => !results.has(i));
      if (next >= 0) {
        const job = jobs[next]!;
        const result: ComplexityFailure = {
          id: job.id,
          side: 'learner',
          error: signal === 'SIGKILL'
            ? `the measurement did not finish within ${Math.round(jobTimeoutMs / 1000)} s (a call that never returns, or one far over the time budget)`
            : `the measuring process exited (code ${code}${signal ? `, ${signal}` : ''})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
        };
        results.set(next, result);
        onResult?.(job, result);
      }
      resolve(results);
    });
  });
}

/** Measures every job; a job that kills its child is reported and the rest go on in a new child. */
export async function runComplexity(jobs: readonly ComplexityJob[], options: RunComplexityOptions = {}): Promise<ComplexityResult[]> {
  const out: ComplexityResult[] = [];
  let pending = [...jobs];
  while (pending.length > 0) {
    const results = await runChild(pending, options);
    let done = 0;
    while (results.has(done)) out.push(results.get(done++)!);
    pending = pending.slice(done);
  }
  return out;
}
