/**
 * Child process that measures. Each measurement runs in a fresh process so its CPU time is its
 * own, a learner's endless loop can be killed without taking the harness down, and JIT state
 * from the tests never leaks into the timings.
 * Protocol: one JSON request on argv[2]; one JSON message back over IPC; then exit.
 */
import { measureComplexity, type ComplexityFailure, type ComplexityReport } from './time/time-growth.ts';
import { registerKitResolution } from '../impl/kit-resolve.ts';
import type { ImplTarget } from '../impl/impl.ts';
import type { ComplexityClass } from '../kit/index.ts';
import type { MeasureOptions } from './time/measure.ts';

export interface ChildRequest {
  jobs: { id: string; impl: ImplTarget; target: ComplexityClass }[];
  options: Partial<MeasureOptions> & { confirm?: boolean };
}

export type ChildMessage = { index: number; result: ComplexityReport | ComplexityFailure };

registerKitResolution();
const request = JSON.parse(process.argv[2] ?? '{}') as ChildRequest;
for (const [index, job] of request.jobs.entries()) {
  const result = await measureComplexity(job.id, job.impl, job.target, request.options);
  await new Promise<void>((resolve) => process.send!({ index, result } satisfies ChildMessage, () => resolve()));
}
process.exit(0);
