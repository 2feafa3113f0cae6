/**
 * The measuring process (see run.ts). It measures its jobs one after another, away from the
 * harness: its CPU time is its own, JIT state from the tests never leaks into the timings, and a
 * learner's endless loop can be killed without taking the harness down.
 * Protocol (harness/process/channel.ts): the jobs on argv; `{ started }` before each job and
 * `{ index, result }` after it, so the parent's stall limit bounds every job; then done.
 */
import { measureComplexity, type ComplexityFailure, type ComplexityReport } from './time/time-growth.ts';
import { registerKitResolution } from '../impl/kit-resolve.ts';
import { runToEnd, send } from '../process/channel.ts';
import type { ImplTarget } from '../impl/impl.ts';
import type { ComplexityClass } from '../kit/index.ts';
import type { MeasureOptions } from './time/measure.ts';

export interface ChildRequest {
  jobs: { id: string; impl: ImplTarget; target: ComplexityClass }[];
  options: Partial<MeasureOptions> & { confirm?: boolean; split?: boolean };
}

export type ChildMessage = { started: number } | { index: number; result: ComplexityReport | ComplexityFailure };

registerKitResolution();
await runToEnd<ChildRequest>(async (request) => {
  for (const [index, job] of request.jobs.entries()) {
    await send<ChildMessage>({ started: index });
    const result = await measureComplexity(job.id, job.impl, job.target, request.options);
    await send<ChildMessage>({ index, result });
  }
});
