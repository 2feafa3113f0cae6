/**
 * The measuring loop. tinybench times one task at a time on the wall clock; a verdict that stays
 * true on a busy 2-core machine needs what tinybench does not do: process CPU time
 * (`process.cpuUsage`, which another process's load barely moves), calls batched until a sample
 * holds ≥ 5 ms of CPU, and every (function, size) batch shuffled within each round so drift in
 * machine speed hits both functions alike. So this module does its own timing; tinybench serves
 * the advisory wall-clock view of `kata bench --tinybench` (tinybench-view.ts), never the verdict.
 */
import type { BenchSpec } from '../../kit/index.ts';
import { createRng, type Rng } from '../../kit/rng.ts';
import { median } from '../stats.ts';

export type Side = 'learner' | 'reference';

export interface MeasureOptions {
  seed: number;
  /** The reference's time per call at the top size, in ms of CPU (auto-scaling target). */
  topCallMs: number;
  /** A sample batches calls until it holds at least this much CPU time. */
  minSampleMs: number;
  rounds: number;
  inputsPerSize: number;
  /** At most this many sizes in the doubling ladder are measured (the largest ones). */
  maxPoints: number;
  /** Fewer common sizes than this and the learner's growth cannot be judged. */
  minPoints: number;
  /** A learner call slower than this is not timed at larger sizes (the budget). */
  learnerCallLimitMs: number;
  /** Largest n ever generated. */
  maxN: number;
  /** CPU-time budget of the whole measurement (every process it runs in); calibration stops at a third of it, rounds past it. */
  deadlineMs: number;
  /**
   * Hand every timed call its own copy of its input, made before the clock starts (benches with
   * `clone` always do), so no answer can be cached on a reused input object. At most
   * `MAX_FRESH_COPIES` per batch: longer batches (tiny inputs) go round those copies.
   */
  freshInputs: boolean;
}

export const DEFAULT_MEASURE: MeasureOptions = {
  seed: 1,
  topCallMs: 2,
  minSampleMs: 5,
  rounds: 5,
  inputsPerSize: 3,
  maxPoints: 7,
  minPoints: 5,
  learnerCallLimitMs: 120,
  maxN: 1 << 22,
  deadlineMs: 20_000,
  freshInputs: false,
};

/** CPU ms of untimed calls per side at the first size of a measurement (see measure). */
const WARM_UP_MS = 100;

/** How far down the ladder goes for a solution over budget at too few sizes (see measure, step 1b). */
export const LOWEST_EXTENDED_N = 8;

/** Copies made for one batch at most (see `freshInputs`); the batches that decide a verdict, at the top sizes, are shorter. */
export const MAX_FRESH_COPIES = 256;
/** CPU ms of copying one batch may cost at most: inputs that are slow to copy (10⁵-node trees) get fewer copies, reused in turn. */
const FRESH_COPY_BUDGET_MS = 10;

/** Taken before any implementation loads: what a solution does to the global cannot reach the copies. */
export const copyOf: <T>(value: T) => T = structuredClone;

export interface SizePoint {
  n: number;
  /** Median CPU ms per call, null when not measured (over budget, or outside the window). */
  reference: number | null;
  learner: number | null;
  samples: Record<Side, number[]>;
}

export interface Measurement {
  kind: 'doubling' | 'linear';
  /** The input family measured, when the bench has more than one. */
  family?: string;
  points: SizePoint[];
  /** The smallest size at which the learner was over budget (not timed from there on), or null. */
  learnerOverBudgetAt: number | null;
  /** The learner's single call that went over budget, ms. */
  learnerOverBudgetMs: number | null;
  /** How the batches were timed (absent in measurements made before it was kept). */
  clock?: Clock;
  /** Each side's CPU on and off the batches, read from outside its process (split measurements only). */
  accounts?: Record<Side, SideAccount>;
  /** The per-call budget the learner was held to, ms (absent in measurements made before it was kept). */
  learnerBudgetMs?: number;
  roundsDone: number;
  seed: number;
  elapsedMs: number;
}

export class BenchError extends Error {
  constructor(readonly side: Side | 'spec', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BenchError';
  }
}

/** Taken as this module loads, like `copyOf`: a solution that replaces `process.cpuUsage` later does not reach it. */
const cpuUsage = process.cpuUsage.bind(process);

function cpuMs(): number {
  const usage = cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Every result is stored here, so no timed call can be optimised away. */
let sink: unknown;

export interface Prepared<Input> {
  /** Which size of the ladder (the split timer's name for these inputs on the sides). */
  key: number;
  /** Seed for making these inputs again elsewhere (inputs that hold functions cannot be sent). */
  seed: number;
  n: number;
  inputs: Input[];
  /** Whether structuredClone can copy these inputs (no functions in them). */
  copyable: boolean;
  /** CPU ms one copy took. */
  copyMs: number;
}

/**
 * The inputs of one batch of `calls` calls, or null when the calls go round the prepared inputs:
 * with `clone`, or `fresh` for copyable inputs, every call gets its own copy (at most
 * MAX_FRESH_COPIES, within FRESH_COPY_BUDGET_MS of copying, reused in turn beyond that).
 */
export function makeBatch<Impl, Input>(spec: BenchSpec<Impl, Input>, prepared: Prepared<Input>, calls: number, fresh: boolean): Input[] | null {
  const { inputs } = prepared;
  // Inputs that hold functions cannot be copied: those batches reuse them, as every batch once did.
  if (fresh && !spec.clone && !prepared.copyable) fresh = false;
  const copies = copiesOf(prepared, calls);
  const batch = spec.clone
    ? Array.from({ length: calls }, (_, i) => spec.clone!(inputs[i % inputs.length]!))
    : fresh
      ? Array.from({ length: calls }, (_, i) => (i < copies ? copyOf(inputs[i % inputs.length]!) : undefined))
      : null;
  if (batch && !spec.clone) for (let i = copies; i < calls; i++) batch[i] = batch[i % copies];
  return batch as Input[] | null;
}

/** How many distinct copies a batch of `calls` calls gets (the rest go round them). */
function copiesOf(prepared: Prepared<unknown>, calls: number): number {
  return Math.max(1, Math.min(calls, MAX_FRESH_COPIES, Math.floor(FRESH_COPY_BUDGET_MS / Math.max(prepared.copyMs, 1e-3))));
}

/** Which of the prepared inputs call `call` of a batch made by `makeBatch` is given (a copy of). */
export function inputIndexOf<Impl, Input>(spec: BenchSpec<Impl, Input>, prepared: Prepared<Input>, calls: number, fresh: boolean, call: number): number {
  const copied = fresh && !spec.clone && prepared.copyable;
  const slot = copied ? call % copiesOf(prepared, calls) : call;
  return slot % prepared.inputs.length;
}

/**
 * Runs one side's calls on `batch` (or round the prepared inputs) and returns CPU ms per call, by
 * this process's clock. With `keep`, every call's result is kept there (answers to check later).
 */
export function runBatch<Impl, Input>(
  spec: BenchSpec<Impl, Input>, impl: Impl, side: Side, prepared: Prepared<Input>, calls: number, batch: Input[] | null, keep?: unknown[],
): number {
  const { inputs } = prepared;
  const start = cpuMs();
  try {
    if (keep) for (let i = 0; i < calls; i++) keep[i] = spec.run(impl, batch ? batch[i]! : inputs[i % inputs.length]!);
    else if (batch) for (let i = 0; i < calls; i++) sink = spec.run(impl, batch[i]!);
    else for (let i = 0; i < calls; i++) sink = spec.run(impl, inputs[i % inputs.length]!);
  } catch (error) {
    throw new BenchError(side, `the ${side === 'learner' ? 'solution' : 'reference'} threw at n = ${prepared.n}: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  const elapsed = cpuMs() - start;
  if ((keep ? keep[0] : sink) instanceof Promise) throw new BenchError(side, `the ${side} returned a Promise where a value is due.`);
  return elapsed / calls;
}

/** A batch made and run here: the copies are made before the clock starts. */
function timeCalls<Impl, Input>(
  spec: BenchSpec<Impl, Input>, impl: Impl, side: Side, prepared: Prepared<Input>, calls: number, fresh = false,
): number {
  return runBatch(spec, impl, side, prepared, calls, makeBatch(spec, prepared, calls, fresh));
}

/** One timed batch: its CPU ms per call as soon as it is known, and as finally accounted. */
export interface Timing {
  /** Per-call CPU ms of the batch itself: what calibration decides on. */
  perCall: number;
  /**
   * Per-call CPU ms the verdict uses, valid after `Timer.flush`: the split timer adds what the side
   * did after answering and before its next batch (work left running, or collected garbage).
   */
  settled(): number;
}

/**
 * Who runs the batches and reads their CPU time. `inProcess` runs both sides here (shipped
 * content); split.ts runs each side in its own sandboxed process and reads its CPU time from that
 * process's cgroup (someone's code).
 */
export interface Timer<Input> {
  /** Whose clock times the batches: this process's, each side's cgroup read from outside, or what each side reported. */
  readonly clock: Clock;
  /** Makes one size's inputs ready wherever the sides run. */
  prepare(p: Prepared<Input>): Promise<void>;
  /**
   * One batch of `side`'s calls. `calibration` batches only size the batches and find the budget;
   * the verdict uses the rounds' (`first round` is the one every measurement reaches).
   */
  time(side: Side, p: Prepared<Input>, calls: number, fresh: boolean, phase: Phase): Promise<Timing>;
  /** Settles every batch timed so far. */
  flush(): Promise<void>;
  /** CPU ms this measurement has cost so far, every process counted: the deadline's clock. */
  spentMs(): number;
  /** Per side, CPU ms off the counted batches and on all batches; null when the sides cannot be watched from outside. */
  accounts?(): Record<Side, SideAccount> | null;
}

export type Clock = 'in-process' | 'cgroup' | 'self-reported';

export type Phase = 'calibration' | 'first round' | 'rounds';

/** One side's CPU, read from outside: on batches, and off every batch the verdict uses. */
export interface SideAccount {
  timedMs: number;
  offClockMs: number;
}

/** Both sides in this process, timed by this process's CPU time. */
export function inProcess<Impl, Input>(spec: BenchSpec<Impl, Input>, impls: Record<Side, Impl>): Timer<Input> {
  const began = cpuMs();
  return {
    clock: 'in-process',
    prepare: async () => {},
    time: async (side, p, calls, fresh) => {
      const perCall = timeCalls(spec, impls[side], side, p, calls, fresh);
      return { perCall, settled: () => perCall };
    },
    flush: async () => {},
    spentMs: () => cpuMs() - began,
  };
}

/** ms per call, timed on enough calls to hold `minMs` of CPU; returns the per-call time and the calls used. */
async function calibrate<Input>(timer: Timer<Input>, side: Side, prepared: Prepared<Input>, minMs: number, fresh: boolean) {
  let calls = 1;
  for (;;) {
    const { perCall } = await timer.time(side, prepared, calls, fresh, 'calibration');
    const spent = perCall * calls;
    if (spent >= minMs || calls >= 1 << 20) return { perCall, calls };
    calls = Math.min(1 << 20, Math.max(calls * 2, Math.ceil((calls * minMs) / Math.max(spent, 0.001))));
  }
}

/** `count` inputs of size n, and whether (and how fast) they can be copied. */
export function prepareInputs<Impl, Input>(spec: BenchSpec<Impl, Input>, key: number, seed: number, n: number, rng: Rng, count: number): Prepared<Input> {
  try {
    const inputs = Array.from({ length: count }, () => spec.input(n, rng));
    let copyable = true;
    const before = cpuMs();
    try {
      copyOf(inputs[0]);
    } catch {
      copyable = false;
    }
    return { key, seed, n, inputs, copyable, copyMs: cpuMs() - before };
  } catch (error) {
    throw new BenchError('spec', `the bench's input(${n}) threw: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Measures learner and reference interleaved on the same inputs; `sides` are the two
 * implementations, run in this process, or a Timer that runs them elsewhere (split.ts).
 */
export async function measure<Impl, Input>(
  spec: BenchSpec<Impl, Input>,
  sides: Record<Side, Impl> | Timer<Input>,
  options: Partial<MeasureOptions> = {},
): Promise<Measurement> {
  const o = { ...DEFAULT_MEASURE, ...options };
  const began = performance.now();
  const timer: Timer<Input> = 'time' in sides && typeof sides.time === 'function' ? (sides as Timer<Input>) : inProcess(spec, sides as Record<Side, Impl>);
  // A timer may serve several measurements (passes, families): this one's budget starts now.
  const spentBefore = timer.spentMs();
  const spent = () => timer.spentMs() - spentBefore;
  const sizes = spec.sizes ?? { kind: 'doubling' as const };
  const rng = createRng(o.seed);

  // 1. Calibration, ascending: find the top size and each side's per-call time and batch length.
  const ladder: number[] = [];
  if (sizes.kind === 'linear') ladder.push(...sizes.values);
  else for (let n = Math.max(1, sizes.minN ?? 64); n <= Math.min(o.maxN, sizes.maxN ?? o.maxN); n *= 2) ladder.push(n);
  if (ladder.length === 0) throw new BenchError('spec', 'the bench defines no sizes.');

  const prepared: Prepared<Input>[] = [];
  const perCall: Record<Side, number[]> = { learner: [], reference: [] };
  let overBudgetAt: number | null = null;
  let overBudgetMs: number | null = null;
  for (const n of ladder) {
    const p = prepareInputs(spec, prepared.length, o.seed * 64 + prepared.length, n, rng, o.inputsPerSize);
    await timer.prepare(p);
    // Warm-up, so the first timings are not the JIT's: one untimed call each at every size, and at
    // the first size WARM_UP_MS of calls per side (process CPU counts the optimising compiler's
    // threads: a fresh measuring process timed a solution's small sizes up to 10x slow in its first
    // pass, group-anagrams' brute force, 2026-12-07).
    if (prepared.length === 0) for (const side of ['reference', 'learner'] as const) await calibrate(timer, side, p, WARM_UP_MS, o.freshInputs);
    await timer.time('reference', p, 1, o.freshInputs, 'calibration');
    const ref = (await calibrate(timer, 'reference', p, 1, o.freshInputs)).perCall;
    prepared.push(p);
    perCall.reference.push(ref);
    if (overBudgetAt === null) {
      const last = perCall.learner.at(-1);
      const prev = perCall.learner.at(-2);
      const growth = last !== undefined && prev !== undefined && prev > 0 ? last / prev : 1;
      const predicted = last !== undefined ? last * Math.max(growth, 1) ** 2 : 0;
      // Skip a size only when the last call was already substantial: at small sizes one noisy
      // timing could otherwise predict a blow-up that is not there.
      if (last !== undefined && last > o.learnerCallLimitMs / 8 && predicted > o.learnerCallLimitMs * 4) {
        overBudgetAt = n;
      } else {
        let single = (await timer.time('learner', p, 1, o.freshInputs, 'calibration')).perCall;
        // Process CPU time counts the GC's and compiler's threads too: one call over the budget is
        // timed once more before the size is given up (seen: a linear solution "over budget" at n = 2 048).
        if (single > o.learnerCallLimitMs && single < o.learnerCallLimitMs * 4) single = Math.min(single, (await timer.time('learner', p, 1, o.freshInputs, 'calibration')).perCall);
        if (single > o.learnerCallLimitMs) {
          overBudgetAt = n;
          overBudgetMs = single;
        } else {
          perCall.learner.push(single < 1 ? (await calibrate(timer, 'learner', p, 1, o.freshInputs)).perCall : single);
        }
      }
    }
    if (sizes.kind === 'doubling' && ref >= o.topCallMs && prepared.length >= o.minPoints) break;
    // The budget is CPU time (this process's, and the sides' when they run apart), not the wall
    // clock: on a busy machine the wall clock would cut the ladder short (seen: n = 1 024 where a
    // quiet run reaches 32 768).
    if (spent() > o.deadlineMs / 3) break;
  }

  // 1b. A solution so slow that it left the ladder before it was timed at minPoints sizes (a
  //     quadratic with a heavy constant, over budget from n = 512 where the ladder starts at 64) is
  //     also timed further down, with the reference, so its growth is read from enough sizes
  //     instead of three or four noisy ones. Only below the engine's own default start: a bench
  //     that sets minN has inputs that need it.
  if (sizes.kind === 'doubling' && sizes.minN === undefined && overBudgetAt !== null) {
    while (perCall.learner.length < o.minPoints && prepared[0]!.n / 2 >= LOWEST_EXTENDED_N) {
      const p = prepareInputs(spec, prepared.length, o.seed * 64 + prepared.length, prepared[0]!.n / 2, rng, o.inputsPerSize);
      await timer.prepare(p);
      await timer.time('reference', p, 1, o.freshInputs, 'calibration');
      const ref = (await calibrate(timer, 'reference', p, 1, o.freshInputs)).perCall;
      const learner = (await calibrate(timer, 'learner', p, 1, o.freshInputs)).perCall;
      prepared.unshift(p);
      perCall.reference.unshift(ref);
      perCall.learner.unshift(learner);
    }
  }

  // 2. The window: the largest sizes (up to maxPoints) for the reference; the learner wherever it is
  //    within budget; widened downwards until they share at least minPoints sizes.
  let start = sizes.kind === 'linear' ? 0 : Math.max(0, prepared.length - o.maxPoints);
  const learnerCount = perCall.learner.length;
  while (start > 0 && learnerCount - start < o.minPoints) start--;
  const window = prepared.slice(start);

  const points: SizePoint[] = window.map((p) => ({ n: p.n, reference: null, learner: null, samples: { learner: [], reference: [] } }));
  const batches = window.map((_, i) => ({
    reference: Math.max(1, Math.ceil(o.minSampleMs / Math.max(perCall.reference[start + i]!, 1e-4))),
    learner: start + i < learnerCount ? Math.max(1, Math.ceil(o.minSampleMs / Math.max(perCall.learner[start + i]!, 1e-4))) : 0,
  }));

  // 3. Rounds: every (side, size) batch once per round, in a fresh shuffled order.
  let roundsDone = 0;
  const timings: { point: SizePoint; side: Side; timing: Timing }[] = [];
  for (let round = 0; round < o.rounds; round++) {
    const tasks: [Side, number][] = [];
    window.forEach((_, i) => {
      tasks.push(['reference', i]);
      if (batches[i]!.learner > 0) tasks.push(['learner', i]);
    });
    for (const [side, i] of rng.shuffle(tasks)) {
      const calls = Math.min(batches[i]![side], 1 << 20);
      timings.push({ point: points[i]!, side, timing: await timer.time(side, window[i]!, calls, o.freshInputs, round === 0 ? 'first round' : 'rounds') });
    }
    roundsDone++;
    if (spent() > o.deadlineMs) break;
  }
  await timer.flush();
  for (const { point, side, timing } of timings) point.samples[side].push(timing.settled());
  for (const point of points) {
    point.reference = point.samples.reference.length ? median(point.samples.reference) : null;
    point.learner = point.samples.learner.length ? median(point.samples.learner) : null;
  }
  const accounts = timer.accounts?.() ?? null;
  return {
    kind: sizes.kind,
    points,
    clock: timer.clock,
    ...(accounts ? { accounts } : {}),
    learnerOverBudgetAt: overBudgetAt,
    learnerOverBudgetMs: overBudgetMs,
    learnerBudgetMs: o.learnerCallLimitMs,
    roundsDone,
    seed: o.seed,
    elapsedMs: performance.now() - began,
  };
}
