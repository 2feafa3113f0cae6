/**
 * Runs space measurements in a supervised child process started with SPACE_NODE_FLAGS (measure.ts),
 * one job per process: a job's heap must not hold the last one's code and inputs. Someone's code
 * runs there in the sandbox, like the tests; the verdict it returns is advice (it never changes an
 * exit code), so the numbers coming back are not guarded the way the time stage's clock is.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isSomeonesCode } from '../../impl/impl.ts';
import { readableFor } from '../../impl/mounts.ts';
import { describeStop, stopOf, supervise } from '../../process/supervisor.ts';
import { SPACE_NODE_FLAGS, type SpaceOptions } from './measure.ts';
import type { SpaceChildMessage, SpaceChildRequest, SpaceJob } from './child.ts';

export type { SpaceJob };
import type { SpaceResult } from './space-growth.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.ts');
const HEAP_MB = 2048;

export interface RunSpaceOptions extends Partial<SpaceOptions> {
  confirm?: boolean;
  jobTimeoutMs?: number;
  onResult?: (job: SpaceJob, result: SpaceResult) => void;
  /** Stops the measuring process and the jobs not started yet (a measurement started early that is no longer wanted). */
  signal?: AbortSignal;
}

export async function runSpace(jobs: readonly SpaceJob[], options: RunSpaceOptions = {}): Promise<SpaceResult[]> {
  const { jobTimeoutMs = 60_000, onResult, signal, ...measureOptions } = options;
  const out: SpaceResult[] = [];
  for (const job of jobs) {
    if (signal?.aborted) break;
    const request: SpaceChildRequest = { jobs: [job], options: measureOptions };
    let result: SpaceResult | null = null;
    const child = supervise<SpaceChildMessage>({
      module: CHILD, request, execArgv: [`--max-old-space-size=${HEAP_MB}`, ...SPACE_NODE_FLAGS],
      ...(isSomeonesCode(job.impl) ? { sandbox: { readOnly: readableFor(job.impl, [job.id], 'measure'), memoryMb: HEAP_MB + 1024, maxTasks: 128 } } : {}),
      startupMs: jobTimeoutMs, stallMs: jobTimeoutMs,
      onMessage: (message) => { if ('result' in message) result = message.result; },
    });
    const stop = () => child.stop();
    signal?.addEventListener('abort', stop, { once: true });
    const outcome = await child.outcome.finally(() => signal?.removeEventListener('abort', stop));
    if (signal?.aborted) break;
    const final: SpaceResult = result ?? { id: job.id, side: 'learner', error: describeStop(stopOf(outcome, `the space measurement of ${job.id}`), { process: 'the space-measuring process', work: 'the space measurement', stallCause: 'a call that never returns' }) };
    out.push(final);
    onResult?.(job, final);
  }
  return out;
}
