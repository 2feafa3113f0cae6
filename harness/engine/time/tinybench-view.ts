/**
 * `kata bench --tinybench`: a familiar wall-clock view of your solution and the reference at one
 * size (ops/s, mean, p99, relative margin of error), measured by tinybench. It is advisory and
 * never feeds the verdict: tinybench times one task at a time on the wall clock, which another
 * process's load moves (see measure.ts for what the verdict needs instead).
 */
import { Bench } from 'tinybench';
import type { ImplTarget } from '../../impl/impl.ts';
import { registerKitResolution } from '../../impl/kit-resolve.ts';
import { UserError } from '../../base/errors.ts';
import { loadBenchSubjects } from './time-growth.ts';
import { BenchError } from './measure.ts';
import { createRng } from '../../kit/rng.ts';

export interface TinybenchRow {
  name: 'yours' | 'reference';
  opsPerSecond: number;
  meanMs: number;
  p99Ms: number;
  rmePercent: number;
  samples: number;
}

export async function tinybenchView(id: string, impl: ImplTarget, n: number, seed: number, timeMs = 400): Promise<TinybenchRow[]> {
  // This runs in the CLI's own process: an implementation outside the workspace needs `#kit` resolved.
  if (impl.kind === 'dir' || impl.kind === 'file') registerKitResolution();
  const subjects = await loadBenchSubjects(id, impl).catch((error: unknown) => {
    throw error instanceof BenchError ? new UserError(error.message) : error;
  });
  const spec = subjects.bench;
  const impls = { yours: subjects.learner, reference: subjects.reference };
  const rng = createRng(seed);
  const inputs = Array.from({ length: 3 }, () => spec.input(n, rng));
  const bench = new Bench({ time: timeMs, warmupTime: 50 });
  for (const name of ['yours', 'reference'] as const) {
    let i = 0;
    let next: unknown = inputs[0];
    // Inputs rotate between calls; the clone a mutable input needs is made in beforeEach, which
    // tinybench runs outside the timed window.
    bench.add(name, () => spec.run(impls[name], next), {
      beforeEach: () => {
        const input = inputs[i++ % inputs.length];
        next = spec.clone ? spec.clone(input) : input;
      },
    });
  }
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') {
      const error = 'error' in result ? (result.error as Error)?.message : result.state;
      throw new UserError(`tinybench could not time \`${task.name}\` at n = ${n}: ${error}`, 1);
    }
    return {
      name: task.name as TinybenchRow['name'],
      opsPerSecond: result.throughput.mean,
      meanMs: result.latency.mean,
      p99Ms: result.latency.p99,
      rmePercent: result.latency.rme,
      samples: result.latency.samplesCount,
    };
  });
}
