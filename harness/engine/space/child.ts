/**
 * The space-measuring process (run.ts starts it with SPACE_NODE_FLAGS): its heap holds nothing
 * but the bench, the two implementations and the inputs, so a call's extra memory is its own.
 * Protocol (harness/process/channel.ts): the jobs on argv; `{ started }` before each job and
 * `{ index, result }` after it; then done.
 */
// First: measure.ts takes gc, the heap statistics and memoryUsage as it loads, before any implementation.
import { measureSpaceGrowth, type SpaceResult } from './space-growth.ts';
import { registerKitResolution } from '../../impl/kit-resolve.ts';
import { runToEnd, send } from '../../process/channel.ts';
import type { ImplTarget } from '../../impl/impl.ts';
import type { SpaceTarget } from './verdict.ts';
import type { SpaceOptions } from './measure.ts';

/** One kata's space measurement: whose code, against the kata's reference, judged by which target. */
export interface SpaceJob {
  id: string;
  impl: ImplTarget;
  target: SpaceTarget | null;
}

export interface SpaceChildRequest {
  jobs: SpaceJob[];
  options: Partial<SpaceOptions> & { confirm?: boolean };
}

export type SpaceChildMessage = { started: number } | { index: number; result: SpaceResult };

registerKitResolution();
await runToEnd<SpaceChildRequest>(async (request) => {
  for (const [index, job] of request.jobs.entries()) {
    await send<SpaceChildMessage>({ started: index });
    const result = await measureSpaceGrowth(job.id, job.impl, job.target, request.options);
    await send<SpaceChildMessage>({ index, result });
  }
});
