/**
 * One side of a split measurement (split.ts): a sandboxed process that holds one implementation
 * (the solution under judgement, or the reference) and the kata's bench, and runs the batches the
 * measuring process asks for. Nothing in here is trusted with the verdict: the measuring process
 * sends the inputs, reads this process's CPU time from its cgroup, and the time this process
 * reports of itself is used only where no cgroup could be made.
 * Protocol (harness/process/channel.ts, `serve`): the side's request on argv; then `prepare` and
 * `time` requests, each answered by one message and "idle".
 */
// First, before any implementation loads: measure.ts takes structuredClone and the clock as it loads.
import { copyOf, makeBatch, runBatch, BenchError, type Prepared, type Side } from './time/measure.ts';
import { createRng } from '../kit/rng.ts';
import { registerKitResolution } from '../impl/kit-resolve.ts';
import { firstRequest, send, serve } from '../process/channel.ts';
import type { SideMessage, SideRequest, SideStart } from './split.ts';
import { familiesOf, loadBench, loadImplementation } from './time/time-growth.ts';

registerKitResolution();
const start = firstRequest<SideStart>();
// A file that is missing, does not load or throws as it loads is that side's error, answered to
// every request, so the measuring process reports it in words (not as a process that died).
const loaded = await Promise.all([loadBench(start.id), loadImplementation(start.id, start.side === 'reference' ? { kind: 'reference' } : start.impl, start.side)])
  .catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
const [bench, impl] = loaded instanceof Error ? [null as never, null] : loaded;
const prepared = new Map<number, Prepared<unknown>>();
/** The copies the next batch's calls get (made by a `copy` request, off the clock). */
let batch: unknown[] | null = null;
/** What each call of the last batch returned, when the batch was asked to keep it. */
let kept: unknown[] = [];

serve<SideRequest>(async (request) => {
  try {
    if (loaded instanceof Error) throw loaded;
    if (request.t === 'prepare') {
      // A new measurement starts again at key 0: the old one's inputs go.
      if (request.key === 0) prepared.clear();
      const inputs = request.inputs ?? (() => {
        const rng = createRng(request.seed);
        const input = familiesOf(bench)[request.family]!.input;
        return Array.from({ length: request.count }, () => input(request.n, rng));
      })();
      prepared.set(request.key, { key: request.key, seed: request.seed, n: request.n, inputs, copyable: request.inputs !== null, copyMs: request.copyMs });
      await send<SideMessage>({ t: 'prepared' });
      return;
    }
    if (request.t === 'answer') {
      await send<SideMessage>({ t: 'answer', value: kept[request.call] });
      return;
    }
    const p = prepared.get(request.key);
    if (!p) throw new BenchError('spec', `no inputs were sent for size ${request.key}`);
    if (request.t === 'solve') {
      await send<SideMessage>({ t: 'answer', value: bench.run(impl, copyOf(p.inputs[request.input])) });
      return;
    }
    if (request.t === 'copy') {
      batch = makeBatch(bench, p, request.calls, request.fresh);
      await send<SideMessage>({ t: 'copied' });
      return;
    }
    const copies = request.copies ? batch : null;
    batch = null;
    kept = [];
    const perCall = runBatch(bench, impl, start.side, p, request.calls, copies, request.keep ? kept : undefined);
    await send<SideMessage>({ t: 'timed', perCall });
  } catch (error) {
    const side = error instanceof BenchError ? error.side : start.side;
    await send<SideMessage>({ t: 'error', side, message: (error as Error)?.message ?? String(error) });
  }
});
