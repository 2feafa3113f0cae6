/**
 * Runs measurements in a supervised child process (child.ts, harness/process/supervisor.ts) with
 * a wall-clock limit per job. A child that does not answer in time (a learner's endless loop, a
 * call far over budget) or dies is stopped, the job it was on gets a failure that says so, and the
 * remaining jobs go on in a fresh child; the harness itself never hangs.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ComplexityClass } from '../kit/index.ts';
import { isSomeonesCode, type ImplTarget } from '../impl/impl.ts';
import { describeStop, stopOf, supervise, type Outcome, type StopWording } from '../process/supervisor.ts';
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
  /** Measure each side in its own process, CPU read from outside (split.ts); default: for someone's code. */
  split?: boolean;
  /** Wall-clock limit of one job, ms. */
  jobTimeoutMs?: number;
  /** Called as each job finishes (progress display). */
  onResult?: (job: ComplexityJob, result: ComplexityResult) => void;
}

const MEASURING_PROCESS: StopWording = {
  process: 'the measuring process',
  work: 'the measurement',
  stallCause: 'a call that never returns, or one far over the time budget',
};

/** Heap of the measuring process: room for the largest inputs, and a limit for shipped code that allocates without end. */
const HEAP_MB = 2048;

async function runChild(jobs: readonly ComplexityJob[], options: RunComplexityOptions): Promise<{ results: ComplexityResult[]; outcome: Outcome }> {
  const { jobTimeoutMs = 60_000, onResult, ...measureOptions } = options;
  const request: ChildRequest = { jobs: [...jobs], options: measureOptions };
  const results: ComplexityResult[] = [];
  const child = supervise<ChildMessage>({
    // Trusted code only: someone's code is measured in sandboxed side processes this one starts (split.ts).
    module: CHILD, request, execArgv: [`--max-old-space-size=${HEAP_MB}`],
    startupMs: jobTimeoutMs, stallMs: jobTimeoutMs,
    onMessage: (message) => {
      if (!('result' in message)) return;
      results.push(message.result);
      onResult?.(jobs[message.index]!, message.result);
    },
  });
  return { results, outcome: await child.outcome };
}

/**
 * Measures every job; a job that stops its child is reported and the rest go on in a new child.
 * Someone's code is measured one job per process: what it does to that process (patching the
 * verdict's rules, `process.send`, a prototype the next kata's reference uses) dies with it.
 * Shipped content shares processes, which keeps the self-check's hundreds of jobs quick.
 */
export async function runComplexity(jobs: readonly ComplexityJob[], options: RunComplexityOptions = {}): Promise<ComplexityResult[]> {
  const groups: ComplexityJob[][] = [];
  for (const job of jobs) {
    const last = groups.at(-1);
    if (!isSomeonesCode(job.impl) && last && !isSomeonesCode(last[0]!.impl)) last.push(job);
    else groups.push([job]);
  }
  const out: ComplexityResult[] = [];
  for (const group of groups) out.push(...(await runGroup(group, options)));
  return out;
}

async function runGroup(jobs: readonly ComplexityJob[], options: RunComplexityOptions): Promise<ComplexityResult[]> {
  const out: ComplexityResult[] = [];
  let pending = jobs;
  while (pending.length > 0) {
    const { results, outcome } = await runChild(pending, options);
    out.push(...results);
    pending = pending.slice(results.length);
    const job = pending[0];
    if (!job) break;
    const stopped = stopOf(outcome, `the result of ${job.id}`);
    const failure: ComplexityFailure = { id: job.id, side: 'learner', error: describeStop(stopped, MEASURING_PROCESS), stopped };
    out.push(failure);
    options.onResult?.(job, failure);
    pending = pending.slice(1);
  }
  return out;
}
