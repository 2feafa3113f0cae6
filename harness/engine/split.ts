/**
 * A split measurement: each side (the solution under judgement, the reference) runs in its own
 * sandboxed process (side.ts), and this process, which loads no implementation, makes the inputs,
 * orders the batches and reads each side's CPU time from outside, from that side's cgroup. What a
 * solution does to its own process (replace `process.cpuUsage`, patch `Map.prototype`, rewrite
 * the verdict's rules, find out it is being measured) reaches neither the reference's timings nor
 * the clock nor the rules.
 *
 * The clock of a batch runs from the request to the side's next request, not to its answer: work a
 * side leaves running after it answers (a worker thread, a timer, garbage collection its calls
 * caused) counts against the batch it follows. Work off every batch that the verdict uses (while
 * inputs arrive, between calibration calls) is summed per side as `offClockMs`; the verdict treats
 * a solution that did far more of it than the reference as hiding work (verdict.ts).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isSomeonesCode, type ImplTarget } from '../impl/impl.ts';
import { readableFor } from '../impl/mounts.ts';
import { describeStop, supervise, type Outcome, type Supervised } from '../process/supervisor.ts';
import type { BenchSpec } from '../kit/index.ts';
import { createRng, type Rng } from '../kit/rng.ts';
import { BenchError, inputIndexOf, type Phase, type Prepared, type Side, type SideAccount, type Timer, type Timing } from './time/measure.ts';

export interface SideStart {
  id: string;
  side: Side;
  /** The implementation under judgement (the learner's side); the reference's side loads the kata's reference. */
  impl: ImplTarget;
}

export type SideRequest =
  /** Inputs of one size: sent, or (inputs that hold functions, which cannot travel) made here from `seed`. */
  | { t: 'prepare'; key: number; n: number; inputs: unknown[] | null; seed: number; count: number; family: number; copyMs: number }
  /** Makes the copies the next batch's calls get (off the clock, as a whole). */
  | { t: 'copy'; key: number; calls: number; fresh: boolean }
  /**
   * One batch; with `keep`, the side keeps every call's result until its next batch; with `copies`,
   * the calls get the copies the last `copy` request made, else the inputs as sent.
   */
  | { t: 'time'; key: number; calls: number; keep: boolean; copies: boolean }
  /** The result of call `call` of the side's last batch (asked after the batch: the side cannot know which). */
  | { t: 'answer'; call: number }
  /** The reference's result on one prepared input, computed now (off every account). */
  | { t: 'solve'; key: number; input: number };

export type SideMessage =
  | { t: 'timed'; perCall: number }
  | { t: 'prepared' }
  | { t: 'copied' }
  | { t: 'answer'; value: unknown }
  | { t: 'error'; side: Side | 'spec'; message: string };

const SIDE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'side.ts');

/** Heap and sandbox memory of one side: room for the largest inputs (as the measuring process had). */
const HEAP_MB = 2048;
const SIDE_MEMORY_MB = 3072;
/** One request to a side (a batch, or a size's inputs arriving) may take this long before the side is stopped. */
const SIDE_STALL_MS = 30_000;

export interface SplitTimer<Input> extends Timer<Input> {
  /** Where each side's CPU time came from: its cgroup, or (no cgroup here) what the side said. */
  readonly clock: 'cgroup' | 'self-reported';
  /** The bench family being measured (sides make inputs that cannot be sent from its generator). */
  family: number;
  close(): void;
}

/**
 * The CPU a side spends from one request to its next. A `batch` is timed up to its answer; a counted
 * batch (the rounds) also owns the rest of its window, an uncounted one (calibration) leaves the rest
 * off the clock. An `off` window (inputs arriving, copies being made, an answer read or computed
 * for the check) is off the clock as a whole.
 */
interface OpenWindow {
  kind: 'batch' | 'off';
  counted: boolean;
  /** Side CPU at the request. */
  from: number;
  /** CPU of the batch up to its answer. */
  answered: number;
  /** Filled when the window closes (the side's next request, or flush). */
  total: number | null;
}

class SideProcess {
  readonly child: Supervised<SideRequest>;
  private reply: SideMessage | null = null;
  private waiting: { resolve: (m: SideMessage) => void; reject: (e: Error) => void } | null = null;
  private stopped: Error | null = null;
  readonly ready: Promise<void>;
  private open: OpenWindow | null = null;
  private baseline = 0;
  offClock = 0;
  timed = 0;
  /** Self-reported CPU, summed: the clock when there is no cgroup. */
  private reported = 0;

  constructor(readonly side: Side, start: SideStart) {
    let markReady!: () => void;
    let failReady!: (e: Error) => void;
    this.ready = new Promise((resolve, reject) => { markReady = resolve; failReady = reject; });
    let first = true;
    this.child = supervise<SideMessage, SideRequest>({
      module: SIDE, request: start, execArgv: [`--max-old-space-size=${HEAP_MB}`], serialization: 'advanced',
      sandbox: { readOnly: readableFor(start.side === 'reference' ? { kind: 'reference' } : start.impl, [start.id], start.side === 'reference' ? 'measure' : 'tests'), memoryMb: SIDE_MEMORY_MB, maxTasks: 128 },
      startupMs: SIDE_STALL_MS, stallMs: SIDE_STALL_MS,
      onMessage: (message) => { this.reply = message; },
      onIdle: () => {
        if (first) {
          first = false;
          this.baseline = this.cpu();
          markReady();
          return;
        }
        const waiting = this.waiting;
        this.waiting = null;
        const reply = this.reply;
        this.reply = null;
        if (waiting) waiting.resolve(reply ?? { t: 'error', side: this.side, message: 'the side answered nothing' });
      },
    });
    void this.child.outcome.then((outcome) => {
      this.stopped = this.stopError(outcome);
      failReady(this.stopped);
      this.waiting?.reject(this.stopped);
      this.waiting = null;
    });
    this.ready.catch(() => {});
  }

  private stopError(outcome: Outcome): Error {
    const who = this.side === 'learner' ? 'solution' : 'reference';
    const text = outcome.kind === 'done' ? 'it ended' : describeStop(outcome, { process: `the ${who}'s measuring process`, work: `a timed batch of the ${who}`, stallCause: 'a call that never returns, or one far over the time budget' });
    return new BenchError(this.side, text);
  }

  /** CPU ms of this side so far: its cgroup's, or the sum of what it reported. */
  cpu(): number {
    return this.child.cpuMs() ?? this.reported;
  }

  get hasCgroup(): boolean {
    return this.child.cpuMs() !== null;
  }

  /** Closes the window of the side's last request: everything since that request is its. */
  settle(): void {
    const open = this.open;
    if (!open) return;
    open.total = this.cpu() - open.from;
    if (open.kind === 'off') this.offClock += open.total;
    else if (!open.counted) this.offClock += Math.max(0, open.total - open.answered);
    this.open = null;
  }

  async request(request: SideRequest, counted = false): Promise<{ message: SideMessage; window: OpenWindow }> {
    if (this.stopped) throw this.stopped;
    this.settle();
    const window: OpenWindow = { kind: request.t === 'time' ? 'batch' : 'off', counted, from: this.cpu(), answered: 0, total: null };
    const message = await new Promise<SideMessage>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.child.send(request);
    });
    if (message.t === 'timed' && !this.hasCgroup) this.reported += message.perCall * (request.t === 'time' ? request.calls : 1);
    window.answered = window.kind === 'batch' ? this.cpu() - window.from : 0;
    this.timed += window.answered;
    this.open = window;
    // Whose fault an error is, the reference's side may say (shipped code); the solution's side may
    // not: its process could send any message, and "a bug in the bench" is never held against it.
    if (message.t === 'error') throw new BenchError(this.side === 'learner' ? 'learner' : message.side, message.message);
    return { message, window };
  }

  /** A new measurement: its accounts start from nothing. */
  restartAccounts(): void {
    this.settle();
    this.offClock = 0;
    this.timed = 0;
  }

  sinceReady(): number {
    return this.cpu() - this.baseline;
  }
}

async function valueOf(reply: Promise<{ message: SideMessage }>): Promise<unknown> {
  const { message } = await reply;
  return message.t === 'answer' ? message.value : undefined;
}

/** A value in a message: short, one line. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Starts both sides of kata `id` for `impl` and waits until they have loaded. */
export async function splitTimer<Input>(id: string, impl: ImplTarget, bench: BenchSpec<unknown, Input>): Promise<SplitTimer<Input>> {
  if (!isSomeonesCode(impl)) throw new Error(`split measurement is for someone's code, not ${impl.kind}`);
  const sides: Record<Side, SideProcess> = {
    reference: new SideProcess('reference', { id, side: 'reference', impl }),
    learner: new SideProcess('learner', { id, side: 'learner', impl }),
  };
  const close = () => { sides.reference.child.stop(); sides.learner.child.stop(); };
  try {
    await Promise.all([sides.reference.ready, sides.learner.ready]);
  } catch (error) {
    close();
    throw error;
  }
  const began = process.cpuUsage();
  const clock = sides.reference.hasCgroup && sides.learner.hasCgroup ? 'cgroup' : 'self-reported';
  let picks: Rng | null = null;

  /** Compares one call of the solution's last batch with the reference's answer on the same input. */
  const checkAnswer = async (p: Prepared<Input>, calls: number, fresh: boolean) => {
    picks ??= createRng(p.seed);
    const call = picks.int(0, calls - 1);
    const input = inputIndexOf(bench, p, calls, fresh, call);
    const answer = await valueOf(sides.learner.request({ t: 'answer', call }));
    const expected = await valueOf(sides.reference.request({ t: 'solve', key: p.key, input }));
    let agree: boolean;
    try {
      agree = bench.answersAgree!(p.inputs[input]!, answer, expected) === true;
    } catch {
      // The check accepts the reference's answers (lint checks it on every shipped approach): one
      // that throws on this answer was handed something that is no answer at all.
      agree = false;
    }
    if (!agree) throw new BenchError('learner', `a timed call at n = ${p.n} answered wrongly: ${preview(answer)} where the reference answers ${preview(expected)} on the same input (your tests pass, so look at what changes on large inputs)`);
  };
  const timer: SplitTimer<Input> = {
    clock,
    family: 0,
    async prepare(p: Prepared<Input>) {
      if (p.key === 0) for (const s of [sides.reference, sides.learner]) s.restartAccounts();
      const request: SideRequest = { t: 'prepare', key: p.key, n: p.n, inputs: p.copyable ? p.inputs : null, seed: p.seed, count: p.inputs.length, family: timer.family, copyMs: p.copyMs };
      await sides.reference.request(request);
      await sides.learner.request(request);
    },
    async time(side: Side, p: Prepared<Input>, calls: number, fresh: boolean, phase: Phase): Promise<Timing> {
      const counted = phase !== 'calibration';
      // The first round's batches of the solution are checked: one call of each, chosen after it ran.
      const check = phase === 'first round' && side === 'learner' && bench.answersAgree !== undefined && p.copyable;
      // A counted batch's copies are made in a window of their own, off the clock. Calibration only
      // sizes the batches and finds the budget, on the inputs as sent (a request fewer per batch;
      // the learner's budget is judged on single calls, each the first on its input).
      const copies = counted && (fresh || bench.clone !== undefined);
      if (copies) await sides[side].request({ t: 'copy', key: p.key, calls, fresh });
      const { message, window } = await sides[side].request({ t: 'time', key: p.key, calls, keep: check, copies }, counted);
      if (check) await checkAnswer(p, calls, counted && fresh);
      const perCall = sides[side].hasCgroup ? window.answered / calls : (message as Extract<SideMessage, { t: 'timed' }>).perCall;
      return { perCall, settled: () => (window.total === null ? perCall : sides[side].hasCgroup ? window.total / calls : perCall) };
    },
    async flush() {
      sides.reference.settle();
      sides.learner.settle();
    },
    spentMs() {
      const own = process.cpuUsage(began);
      return (own.user + own.system) / 1000 + sides.reference.sinceReady() + sides.learner.sinceReady();
    },
    accounts(): Record<Side, SideAccount> | null {
      if (clock !== 'cgroup') return null;
      const account = (s: SideProcess) => ({ timedMs: s.timed, offClockMs: s.offClock });
      return { reference: account(sides.reference), learner: account(sides.learner) };
    },
    close,
  };
  return timer;
}
