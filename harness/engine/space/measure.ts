/**
 * Space growth: how much EXTRA memory one call needs as n grows. This module measures; verdict.ts
 * judges (pure). It runs only in a process started with SPACE_NODE_FLAGS (run.ts, child.ts).
 *
 * What Node 20 (v20.20, V8 11.3) can see, measured 2026-12-07 on synthetic functions of known
 * space (synthetic.ts; 2 busy cores) before the method was chosen:
 *
 * 1. `v8.getHeapStatistics().used_heap_size` after `gc()` (--expose-gc) is exact for what a value
 *    RETAINS (a returned 2 Mi-element array: 22 936 KiB; a scalar: 1–2 KiB, with outliers of
 *    ±230 KiB when a lazy compile lands in the window). It says nothing of the PEAK during a call:
 *    what the call dropped is gone by then.
 * 2. `v8.GCProfiler` gives heap statistics before and after every GC during the call. After-GC
 *    `usedHeapSize` is a probe of the live heap (plus old-space garbage not yet marked). With
 *    default flags a GC comes only every few MB: an O(n) array kept for the call read 0 KiB up to
 *    n = 16 Ki, an O(n²) table 0 up to 32 Ki cells.
 * 3. Young-generation flags set the rhythm: `--min-semi-space-size=1 --max-semi-space-size=1`
 *    (1 MB semi-spaces, the smallest they allow) gives a scavenge about every MB allocated.
 *    `--gc-interval` does nothing in release builds (0 GCs for 1 Mi short-lived arrays).
 *    `--stress-scavenge=5` (probes every ~50 KB) works in release builds and freed typed-array
 *    garbage in time, but it copies a growing young array at every probe: 65 Ki pushes took
 *    824 ms instead of 9 ms, and one pivot-index size 64 s. Not used.
 * 4. The inspector's sampling heap profiler reports what is still allocated when it is read, or
 *    every allocation with the "collected" options: bytes retained or bytes allocated, never the
 *    peak. Not used.
 * 5. Typed arrays and ArrayBuffers keep their bytes outside the JS heap, in
 *    `process.memoryUsage().arrayBuffers` (and the probes' `externalMemory`). Read right after the
 *    call, before any forced GC, it holds every buffer the call made that no GC has freed: exactly
 *    n·8 bytes for a kept Float64Array(n).
 * 6. Large arrays made at once (`new Array(n).fill(0)`) go to large-object space and trigger no
 *    scavenge (0 probes at 2 Mi); so the heap is also read at the end of the call, before any forced
 *    GC, which bounds the peak from below for everything allocated since the last probe.
 * 7. A call's first run on a new input shape can deoptimise and box numbers: the running-sum
 *    reference of pivot-index read 8.6 MiB "extra" at n = 1 Mi on its first call (the promoted
 *    garbage reads as live until a full GC), 0.6 MiB on the next ones.
 *
 * The method, per call: gc() twice; baseline heap and arrayBuffers; GCProfiler on; the call; heap
 * and arrayBuffers at its end; GCProfiler off; gc() twice with the result still held.
 *   peak heap  = max(after-GC usedHeapSize of every probe, heap at the end) − baseline
 *   external   = max(arrayBuffers at the end, externalMemory of every probe) − baseline
 *   result     = heap and arrayBuffers retained after the forced GCs, the result still referenced
 *   extra      = max(0, peak heap − RESULT_ALLOWANCE × result heap) + max(0, external − result external)
 * RESULT_ALLOWANCE is 3: a result grown by push leaves up to twice its size in old backing stores,
 * dead but unmarked until a full GC (2 Mi pushes: 9 297 KiB besides a 22 968 KiB result).
 * Per size: one unmeasured call per side (finding 7), then one measured call per input; the size's
 * figure is the SMALLEST (memory a call keeps is there every time; JIT and promotion artefacts are not).
 *
 * With these flags and this method, KiB of extra memory at n = 32 Ki … 512 Ki (synthetic.ts):
 *   O(1) loop                    0, 0, 0, 1, 1
 *   O(n) array kept (push)       916, 1 010, 3 272, 4 976, 11 236 (old backing stores included)
 *   O(n) array, preallocated     256, 590, 1 026, 2 130, 4 097 (large-object space, end-of-call read)
 *   O(n) short-lived garbage     259, 519, 55, 41, 92 (1 024-element arrays dropped at once)
 *   O(n) result (push), O(1)     16, 0, 0, 0, 0 (the 4 540 KiB result subtracted)
 *   Float64Array(n) kept         258, 513, 1 026, 2 050, 4 098
 *   Float64Array(256) dropped    284, 559, 1 118, 2 233, 4 465: COUNTED (see the limits)
 * and on the katas (kata dev space-check): space-heavy approaches 7.8–30.8 MiB at the top size,
 * references 0 B–589 KiB; each side takes 1–5 s for five sizes.
 *
 * What it cannot see:
 * - The call stack. Recursion depth is stack memory, outside the heap: a memoised recursion reads
 *   its memo (heap) but not its O(n) frames, and a recursion without a memo reads O(1).
 * - Typed arrays dropped during the call: their bytes are external, a scavenge comes only with
 *   JS-heap allocation, so a loop that allocates a new Float64Array row per step and keeps two reads
 *   like the whole table (knapsack's optimal-full-table-forward: 7.8 MiB at 1 000 items where
 *   its live rows are 16 KiB). Garbage on the JS heap is seen as garbage.
 * - O(1) from O(log n), or anything below SPACE_RULE.floorBytes (512 KiB): the verdict clamps there.
 * - Memory shared with the input (a returned alias of it) is never extra.
 *
 * Trust: the functions read above are taken as this module loads, before any implementation; but
 * both sides run in ONE process (sandboxed for someone's code, run.ts), so code that patches a
 * shared prototype can make the reference look heavier, and it can write to the channel the
 * result goes back on. The space verdict is advice: it never changes an exit code and is in no
 * results file or league; measuring the sides apart, as the time stage does (split.ts), is what
 * would make it hold against hostile code.
 */
import v8 from 'node:v8';
import type { BenchSpec, BenchSizes } from '../../kit/index.ts';
import { createRng } from '../../kit/rng.ts';
import { prepareInputs, type Side } from '../time/measure.ts';

/** Flags of the process that measures space (findings 3 and 5). */
export const SPACE_NODE_FLAGS = ['--expose-gc', '--min-semi-space-size=1', '--max-semi-space-size=1'] as const;

/** A returned value may leave this many times its own size in dead backing stores during the call. */
export const RESULT_ALLOWANCE = 3;

export interface CallSpace {
  /** Peak live heap above the baseline, bytes (result included). */
  peakHeap: number;
  /** ArrayBuffer / typed-array bytes above the baseline at the end of the call or at a probe. */
  external: number;
  /** Heap the result retains after a forced GC, bytes. */
  resultHeap: number;
  resultExternal: number;
  /** GCs seen during the call (probes of the live heap). */
  probes: number;
  /** The extra space: peak minus what the result accounts for (see the header). */
  extra: number;
}

export interface SpacePoint {
  n: number;
  /** The smallest extra bytes of the size's calls, per side; null when not measured. */
  reference: number | null;
  learner: number | null;
  calls: Record<Side, CallSpace[]>;
}

export interface SpaceMeasurement {
  /** The input family measured (the bench's doubling one). */
  family: string;
  points: SpacePoint[];
  seed: number;
  elapsedMs: number;
}

export interface SpaceOptions {
  seed: number;
  /** Calls (distinct inputs) per size and side. */
  inputsPerSize: number;
  /** The largest sizes of the ladder measured. */
  points: number;
  /** Largest n generated when the bench sets no maxN. */
  maxN: number;
  /** A call slower than this (ms, wall clock) ends the ladder for both sides. */
  callLimitMs: number;
}

export const DEFAULT_SPACE: SpaceOptions = { seed: 1, inputsPerSize: 3, points: 5, maxN: 1 << 20, callLimitMs: 1_500 };

/** Taken as this module loads, before any implementation does. */
const gcNow: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;
// Bound now, not looked up on `v8` at each call: an implementation that imports node:v8 shares
// that object and could replace getHeapStatistics with one that reports nothing.
const heapStatistics = v8.getHeapStatistics.bind(v8);
const heapUsed = () => heapStatistics().used_heap_size;
const memoryUsage = process.memoryUsage.bind(process);
const arrayBuffers = () => memoryUsage().arrayBuffers;
const GCProfiler = v8.GCProfiler;
const now = performance.now.bind(performance);

/** Every result is stored here until the next call is measured, so no call can be optimised away. */
let sink: unknown;

function collect(): void {
  if (!gcNow) throw new Error('space is measured in a process started with --expose-gc (SPACE_NODE_FLAGS)');
  gcNow();
  gcNow();
}

/** One call's space, by the method in the header. */
export function measureCall(call: () => unknown): CallSpace {
  sink = undefined;
  collect();
  const baseHeap = heapUsed();
  const baseExternal = arrayBuffers();
  const baseExternalMemory = heapStatistics().external_memory;
  const profiler = new GCProfiler();
  profiler.start();
  let result: unknown;
  let endHeap: number;
  let endExternal: number;
  try {
    result = call();
  } finally {
    endHeap = heapUsed();
    endExternal = arrayBuffers();
  }
  const stats = profiler.stop() as { statistics: { afterGC: { heapStatistics: { usedHeapSize: number; externalMemory: number } } }[] };
  let peak = endHeap - baseHeap;
  let external = endExternal - baseExternal;
  for (const s of stats.statistics) {
    peak = Math.max(peak, s.afterGC.heapStatistics.usedHeapSize - baseHeap);
    external = Math.max(external, s.afterGC.heapStatistics.externalMemory - baseExternalMemory);
  }
  sink = result;
  collect();
  const resultHeap = Math.max(0, heapUsed() - baseHeap);
  const resultExternal = Math.max(0, arrayBuffers() - baseExternal);
  peak = Math.max(0, peak);
  external = Math.max(0, external);
  const extra = Math.max(0, peak - RESULT_ALLOWANCE * resultHeap) + Math.max(0, external - resultExternal);
  return { peakHeap: peak, external, resultHeap, resultExternal, probes: stats.statistics.length, extra };
}

/** The sizes space is measured at: doubling from minN, and maxN itself as the top when the doubling misses it. */
export function spaceLadder(sizes: BenchSizes | undefined, o: Pick<SpaceOptions, 'maxN' | 'points'>): number[] {
  if (sizes?.kind === 'linear') return sizes.values.slice(-o.points);
  const top = Math.min(sizes?.maxN ?? o.maxN, o.maxN);
  const ladder: number[] = [];
  for (let n = Math.max(1, sizes?.minN ?? 64); n <= top; n *= 2) ladder.push(n);
  if (ladder.length > 0 && ladder.at(-1)! < top) ladder.push(top);
  return ladder.slice(-o.points);
}

/**
 * Both sides on the same inputs, size by size (ascending), in this process. The spec given is the
 * family to measure (space-growth.ts picks a doubling one).
 */
export function measureSpace<Impl, Input>(
  spec: BenchSpec<Impl, Input>, impls: Record<Side, Impl>, family: string, options: Partial<SpaceOptions> = {},
): SpaceMeasurement {
  const o = { ...DEFAULT_SPACE, ...options };
  const began = performance.now();
  const rng = createRng(o.seed);
  const ladder = spaceLadder(spec.sizes, o);
  // Warm-up at the smallest size: the first calls compile, and their code and feedback are heap too.
  const warm = prepareInputs(spec, 0, o.seed, ladder[0] ?? 1, rng, 2);
  for (const side of ['reference', 'learner'] as const) for (let i = 0; i < 6; i++) sink = spec.run(impls[side], spec.clone ? spec.clone(warm.inputs[i % 2]!) : warm.inputs[i % 2]!);
  const points: SpacePoint[] = [];
  let stopped = false;
  for (const [index, n] of ladder.entries()) {
    if (stopped) break;
    const p = prepareInputs(spec, index, o.seed * 64 + index, n, rng, o.inputsPerSize);
    const point: SpacePoint = { n, reference: null, learner: null, calls: { reference: [], learner: [] } };
    // One unmeasured call per side first: a call that deoptimises on a new input shape runs boxed,
    // and the garbage its first scavenges promote reads as live until a full GC (measured: a
    // running-sum reference read 8.6 MiB "extra" at n = 1 Mi on its first call, under 1 MiB after).
    for (const side of ['reference', 'learner'] as const) sink = spec.run(impls[side], spec.clone ? spec.clone(p.inputs[0]!) : p.inputs[0]!);
    for (const input of p.inputs) {
      for (const side of ['reference', 'learner'] as const) {
        const given = spec.clone ? spec.clone(input) : input;
        const start = now();
        point.calls[side].push(measureCall(() => spec.run(impls[side], given)));
        if (now() - start > o.callLimitMs) stopped = true;
      }
    }
    // The smallest: memory a call really keeps is there every time; JIT and promotion artefacts are not.
    point.reference = Math.min(...point.calls.reference.map((c) => c.extra));
    point.learner = Math.min(...point.calls.learner.map((c) => c.extra));
    points.push(point);
  }
  return { family, points, seed: o.seed, elapsedMs: performance.now() - began };
}
