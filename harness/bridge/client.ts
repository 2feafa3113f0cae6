/**
 * The tests' side of the bridge. A kata's test file imports `./<slug>.ts`; for someone's code the
 * import resolves (harness/impl/impl.ts) to a small module that calls `connectSolution` and exports
 * what the solution exports, as stand-ins: calling one, or `new` on one, sends the call to the
 * solution's own process (host.ts) and waits for the answer, synchronously, as a local call would.
 * So the solution never runs in the realm that holds `expect`, fast-check, the test file or the
 * results, and cannot switch them off, patch `Object.freeze` under them, or read them.
 * Callbacks (a predicate, a comparator, a listener) are called back here, while the call waits.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCount } from '../base/format.ts';
import { dependencyDirs, ROOT } from '../base/paths.ts';
import { treeCpuMs } from '../process/cpu.ts';
import { SANDBOX_ENV, sandboxCommand, sandboxStatus } from '../process/sandbox.ts';
import { decode, encode, Frames, type Encoded, type ExportInfo, type Handle, type ToSolution, type ToTests } from './wire.ts';

const HOST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'host.ts');
const TSX = import.meta.resolve('tsx');

/** Longest a call may take before the solution's process is stopped and the call fails. */
export const CALL_LIMIT_MS = 15_000;
/** The same, for the calls after one was stopped (a fresh process answers them): a solution that loops on every input costs a file about a minute, not 15 s a test. */
const CALL_LIMIT_AFTER_A_STOP_MS = 3_000;
/** Longest the solution's process may take to load the implementation. */
const START_LIMIT_MS = 30_000;
/** Heap of the solution's process (its buffers count against the test sandbox's memory limit). */
const HOST_HEAP_MB = 768;

/**
 * A call that has spent this many times the reference's CPU on the same input is stopped and failed
 * as a complexity failure on that input, instead of running to the call limit (a quadratic
 * solution on a test's 100 000-element input otherwise costs the learner most of a minute).
 */
export const OVER_REFERENCE_FACTOR = 20;
/** No call is stopped for its cost before it has spent this much CPU, ms (a cold JIT, a slow machine). */
export const OVER_REFERENCE_FLOOR_MS = 300;
/** How often a running call's CPU is read, ms. */
const GUARD_EVERY_MS = 25;

/** Reads tried back to back before the tests' side starts to sleep between them. */
const SPIN_POLLS = 4000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const pause = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** What the solution's process may read: the tooling, and the implementation's own folder (or file). */
function hostMounts(file: string, kataDir: string | null): string[] {
  return [...dependencyDirs(), path.join(ROOT, 'harness'), path.join(ROOT, 'package.json'), path.join(ROOT, 'tsconfig.json'), kataDir ?? file];
}

class SolutionProcess {
  readonly frames: Frames;
  readonly child: ChildProcess;
  readonly stderrFile: string;
  helloSeen = false;
  /** Set once a read found the process gone or stopped it: the next call starts a fresh one. */
  ended = false;

  /** `reference`: the kata's reference answering the same input as a costly call (never stopped for the solution's limits). */
  constructor(file: string, kataDir: string | null, readonly role: 'solution' | 'reference' = 'solution') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-bridge-'));
    const toHost = path.join(dir, 'to-solution');
    const fromHost = path.join(dir, 'to-tests');
    execFileSync('mkfifo', [toHost, fromHost]);
    this.frames = Frames.open(fromHost, toHost, true);
    this.stderrFile = path.join(dir, 'stderr');
    const stderr = openSync(this.stderrFile, 'w');
    const command = [process.execPath, '--import', TSX, `--max-old-space-size=${HOST_HEAP_MB}`, HOST, file, toHost, fromHost];
    const status = sandboxStatus();
    if (status.available) {
      const { file: bin, args } = sandboxCommand(status, { readOnly: hostMounts(file, kataDir), writable: [dir], memoryMb: 0, maxTasks: 0, nested: true }, null, command);
      this.child = spawn(bin, args, { stdio: ['ignore', 'ignore', stderr], env: SANDBOX_ENV });
    } else {
      this.child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', stderr], env: SANDBOX_ENV });
    }
    closeSync(stderr);
  }

  stderrTail(): string {
    try {
      return readFileSync(this.stderrFile, 'utf8').trim().split('\n').slice(-3).join(' | ');
    } catch {
      return '';
    }
  }

  /** Set when a call of this file was stopped at its limit: later calls get the shorter one. */
  static stoppedOnce = false;

  stop(): void {
    try {
      this.child.kill('SIGKILL');
    } catch {
      // gone already
    }
    this.frames.close();
  }

  /** The next message, waiting at most until `deadline`; throws when the process has ended or is too slow. */
  read(deadline: number, what: string, watch?: () => void): ToTests {
    let waits = 0;
    let nextWatch = Date.now() + GUARD_EVERY_MS;
    return this.frames.read((ended) => {
      waits++;
      if (watch && Date.now() >= nextWatch) {
        nextWatch = Date.now() + GUARD_EVERY_MS;
        watch();
      }
      if ((ended && this.helloSeen) || (waits % 1024 === 0 && !isAlive(this.child.pid))) {
        this.ended = true;
        pause(20);
        throw new Error(`the solution's process ended while ${what}: most often it ran out of memory (the limit is ${HOST_HEAP_MB} MB) or ended the process${this.stderrTail() ? `: ${this.stderrTail()}` : ''}`);
      }
      if (waits % 256 === 0 && Date.now() > deadline) {
        this.ended = true;
        this.stop();
        const limit = SolutionProcess.stoppedOnce ? CALL_LIMIT_AFTER_A_STOP_MS : CALL_LIMIT_MS;
        if (this.role === 'solution') SolutionProcess.stoppedOnce = true;
        throw new Error(`${what} did not finish within ${Math.round(limit / 1000)} s: an endless loop, or a solution far too slow for the test inputs`);
      }
      // Most answers come within tens of microseconds: poll without sleeping first (a sleep costs
      // at least the kernel's timer slack, 50 µs), then sleep longer and longer, up to 2 ms.
      if (waits > SPIN_POLLS) pause(Math.min(2, 0.05 * 2 ** Math.min(waits - SPIN_POLLS, 6)));
    }) as ToTests;
  }
}

export interface Solution {
  /** The stand-in for one export of the solution. */
  export(name: string): unknown;
  /** Ends the solution's process (once the test file is done). */
  close(): void;
}

/** A test's argument as a person reads it in a failure: its kind and size, not its contents. */
export function describeArgument(value: unknown): string {
  const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : `a string of ${count(value.length, 'character', 'characters')}`;
  if (Array.isArray(value)) return `an array of ${count(value.length, 'item', value.length > 0 && Array.isArray(value[0]) ? 'arrays' : 'items')}`;
  if (ArrayBuffer.isView(value) && 'length' in value) return `a typed array (${value.constructor.name}) of ${count(Number(value.length), 'item', 'items')}`;
  if (value instanceof Map || value instanceof Set) return `a ${value instanceof Map ? 'Map' : 'Set'} of ${count(value.size, 'entry', 'entries')}`;
  if (typeof value === 'object' && value !== null) return `an object with ${Object.keys(value).slice(0, 6).join(', ') || 'no keys'}`;
  return String(value);
}

/** Does this encoded value hold only data (nothing that calls back, or that the tests keep by identity)? */
function plainData(value: Encoded): boolean {
  return value.entries.every((e) => e.t !== 'handle' && e.t !== 'promise' && e.t !== 'returned');
}

/**
 * Starts the solution's process for `file` (whose kata folder is `kataDir`, if it lives in one) and
 * returns its exports' stand-ins. With `reference` (the kata's reference file), a call of an export
 * on plain data that spends more CPU than OVER_REFERENCE_FLOOR_MS has the reference answer the same
 * input in a process of its own; past OVER_REFERENCE_FACTOR times the reference's CPU the call is
 * stopped and fails as a complexity failure on that input. Both CPU times are read from outside
 * the processes (process/cpu.ts). Calls on objects (a class's methods) depend on earlier calls the
 * reference has not seen, so only calls of exported functions are compared.
 */
export function connectSolution(file: string, kataDir: string | null, reference: string | null = null): Solution {
  let host: SolutionProcess | null = null;
  let exports = new Map<string, ExportInfo>();
  const classes = new Map<string, (...args: unknown[]) => unknown>();

  // Functions of the tests that the solution holds (identity kept: `off(listener)` finds its `on`).
  const testFns = new Map<number, (...args: unknown[]) => unknown>();
  // Every object the tests sent, by id: when the solution hands one back, the tests get it itself.
  const sent = new Map<number, unknown>();
  const idOf = new WeakMap<object, number>();
  let nextId = 1;
  const testsId = (value: object): number => {
    let id = idOf.get(value);
    if (id === undefined) { id = nextId++; idOf.set(value, id); sent.set(id, value); }
    return id;
  };
  // Stand-ins for the solution's objects and functions, one per handle, and the handles they stand for.
  const standIns = new Map<number, unknown>();
  const handleOfStandIn = new WeakMap<object, Handle>();
  let generation = 0;

  const handleOf = (value: object): Handle | null => {
    const remote = handleOfStandIn.get(value);
    if (remote) return remote;
    if (typeof value !== 'function') return null;
    const id = testsId(value);
    testFns.set(id, value as (...args: unknown[]) => unknown);
    return { kind: 'fn', owner: 'tests', id };
  };
  // Promises both ways: the tests' that the solution holds (announced when they settle), the solution's that the tests hold.
  let nextPromise = 1;
  const awaited = new Map<number, { resolve: (value: unknown) => void; reject: (reason: unknown) => void }>();
  const promiseOf = (promise: Promise<unknown>): { owner: 'tests'; id: number } => {
    const id = nextPromise++;
    const born = generation;
    const settle = (fulfilled: boolean) => (value: unknown) => {
      if (host && !host.ended && born === generation) host.frames.write({ op: 'settle', id, fulfilled, value: out(value) });
    };
    promise.then(settle(true), settle(false));
    return { owner: 'tests', id };
  };
  const fromPromise = (_owner: 'tests' | 'solution', id: number): Promise<unknown> => {
    const promise = new Promise((resolve, reject) => awaited.set(id, { resolve, reject }));
    poll();
    return promise;
  };
  const out = (value: unknown): Encoded => encode(value, { handleOf, testsId, promiseOf });
  const into = (value: Encoded): unknown => decode(value, {
    fromHandle,
    fromPromise,
    returned: (tid) => sent.get(tid),
    errorPrototype: (className) => classes.get(className)?.prototype as object | undefined,
  });

  /** A promise of the solution's settled: settle the tests' stand-in for it. */
  function settled(message: Extract<ToTests, { settle: number }>): void {
    const waiting = awaited.get(message.settle);
    awaited.delete(message.settle);
    if (message.fulfilled) waiting?.resolve(into(message.value));
    else waiting?.reject(into(message.value));
  }

  /** Runs a callback the solution made into the tests, and sends the answer (a promise goes as one). */
  function answerCallback(process: SolutionProcess, message: Extract<ToTests, { callback: number }>): void {
    let answer: ToSolution;
    try {
      answer = { op: 'return', value: out(testFns.get(message.callback)!(...(into(message.args) as unknown[]))) };
    } catch (error) {
      answer = { op: 'throw', error: out(error) };
    }
    process.frames.write(answer);
  }

  // While the solution owes the tests a promise, its messages are read between the tests' turns.
  let polling = false;
  let polls = 0;
  function poll(): void {
    if (polling) return;
    polling = true;
    const tick = () => {
      const process = host;
      if (awaited.size === 0 || !process) { polling = false; return; }
      if (process.ended || (++polls % 256 === 0 && !isAlive(process.child.pid))) {
        process.ended = true;
        const error = new Error(`the solution's process ended while the tests awaited its answer${process.stderrTail() ? `: ${process.stderrTail()}` : ''}`);
        for (const waiting of awaited.values()) waiting.reject(error);
        awaited.clear();
        polling = false;
        return;
      }
      for (let message = process.frames.tryRead() as ToTests | undefined; message !== undefined; message = process.frames.tryRead() as ToTests | undefined) {
        if ('settle' in message) settled(message);
        else if ('callback' in message) answerCallback(process, message);
      }
      setImmediate(tick);
    };
    setImmediate(tick);
  }

  function start(): SolutionProcess {
    if (host && !host.ended) return host;
    host?.stop();
    host = new SolutionProcess(file, kataDir);
    generation++;
    standIns.clear();
    const hello = host.read(Date.now() + START_LIMIT_MS, 'loading the implementation');
    if ('failed' in hello) throw new Error(hello.failed);
    if (!('hello' in hello)) throw new Error('the solution\'s process did not introduce itself');
    host.helloSeen = true;
    exports = new Map(hello.hello.map((info) => [info.name, info]));
    return host;
  }

  // The reference in a process of its own, started the first time a call grows costly.
  let twin: SolutionProcess | null = null;
  let twinBroken = reference === null;
  /** The reference's CPU on the same call, ms; null when it cannot be had (then no call is stopped for its cost). */
  function referenceCost(message: ToSolution): number | null {
    if (twinBroken) return null;
    try {
      if (!twin || twin.ended) {
        twin = new SolutionProcess(reference!, null, 'reference');
        const hello = twin.read(Date.now() + START_LIMIT_MS, 'loading the reference');
        if (!('hello' in hello)) throw new Error('the reference did not load');
        twin.helloSeen = true;
      }
      const before = treeCpuMs(twin.child.pid!);
      twin.frames.write(message);
      const reply = twin.read(Date.now() + CALL_LIMIT_MS, 'the reference, on the same input');
      const after = treeCpuMs(twin.child.pid!);
      if ('threw' in reply) return null; // not an input the reference takes (another codec's string): nothing to compare
      if (!('ok' in reply) || before === null || after === null) throw new Error('no answer from the reference');
      return after - before;
    } catch {
      twinBroken = true;
      twin?.stop();
      return null;
    }
  }

  // Long strings the solution returned: an argument made by the solution itself (serialize's output
  // passed to deserialize) is in the solution's own format, which the reference cannot be asked about.
  const madeBySolution = new Set<string>();
  const remember = (answer: unknown) => {
    if (typeof answer !== 'string' || answer.length < 64) return answer;
    madeBySolution.add(answer);
    if (madeBySolution.size > 32) madeBySolution.delete(madeBySolution.values().next().value!);
    return answer;
  };
  const takesSolutionOutput = (args: Encoded) => {
    const root = Array.isArray(args.root) ? args.entries[args.root[0] as number] : undefined;
    return root?.t === 'array' && root.items.some((item) => typeof item === 'string' && madeBySolution.has(item));
  };

  /** Watches one call's CPU from outside; throws the complexity failure once it is past the reference's allowance. */
  function costGuard(process: SolutionProcess, message: ToSolution, what: string): (() => void) | undefined {
    if (message.op !== 'call' || twinBroken || !plainData(message.args) || takesSolutionOutput(message.args) || process.child.pid === undefined) return undefined;
    const pid = process.child.pid;
    const start = treeCpuMs(pid);
    if (start === null) return undefined;
    let limit = OVER_REFERENCE_FLOOR_MS;
    let referenceMs: number | null | undefined;
    return () => {
      const now = treeCpuMs(pid);
      if (now === null || now - start < limit) return;
      if (referenceMs === undefined) {
        referenceMs = referenceCost(message);
        limit = referenceMs === null ? Infinity : Math.max(OVER_REFERENCE_FLOOR_MS, OVER_REFERENCE_FACTOR * referenceMs);
        return;
      }
      process.ended = true;
      process.stop();
      const used = now - start;
      const args = (into(message.args) as unknown[]).map(describeArgument).join(', ');
      throw new Error(
        `complexity: ${what} was stopped after ${(used / 1000).toFixed(1)} s of CPU on this test's input, ${Math.round(used / referenceMs!)}× what the reference spends on the same input (${referenceMs!.toFixed(1)} ms; `
        + `the limit is ${OVER_REFERENCE_FACTOR}×, at least ${OVER_REFERENCE_FLOOR_MS} ms): an endless loop, or work that grows far faster than the target (look for work repeated for every element). Its arguments: ${args}.`,
      );
    };
  }

  /** One request and its answer; callbacks of the solution into the tests are run meanwhile. */
  function request(message: ToSolution, what: string): Extract<ToTests, { ok: unknown }> {
    const process = start();
    process.frames.write(message);
    const deadline = Date.now() + (SolutionProcess.stoppedOnce ? CALL_LIMIT_AFTER_A_STOP_MS : CALL_LIMIT_MS);
    const guard = costGuard(process, message, what);
    for (;;) {
      const reply = process.read(deadline, what, guard);
      if ('callback' in reply) {
        answerCallback(process, reply);
        continue;
      }
      if ('settle' in reply) {
        settled(reply);
        continue;
      }
      if ('threw' in reply) throw into(reply.threw);
      if ('failed' in reply) throw new Error(reply.failed);
      if ('ok' in reply) return reply;
      throw new Error('the solution\'s process answered out of turn');
    }
  }
  const value = (message: ToSolution, what: string) => remember(into(request(message, what).ok));

  function fromHandle(handle: Handle): unknown {
    if (handle.owner === 'tests') return testFns.get(handle.id);
    const known = standIns.get(handle.id);
    if (known) return known;
    const born = generation;
    const alive = (what: string) => { if (born !== generation) throw new Error(`${what}: this object belonged to a solution process that has since been stopped`); };
    let standIn: object;
    if (handle.kind === 'fn') {
      standIn = (...args: unknown[]) => { alive('a call'); return value({ op: 'invoke', id: handle.id, args: out(args) }, 'a function the solution returned'); };
    } else {
      const methods = new Map<string, (...args: unknown[]) => unknown>();
      const prototype = (handle.className ? classes.get(handle.className)?.prototype : null) ?? Object.prototype;
      standIn = new Proxy(Object.create(prototype as object) as object, {
        get(target, prop) {
          if (typeof prop === 'symbol' || prop === 'then' || prop === 'constructor' || prop === 'toJSON' || prop === 'asymmetricMatch' || prop === 'nodeType' || prop === '$$typeof') return Reflect.get(target, prop);
          const method = methods.get(prop);
          if (method) return method;
          alive(`reading .${prop}`);
          const reply = request({ op: 'get', id: handle.id, prop }, `reading .${prop}`);
          if (!reply.method) return into(reply.ok);
          const call = (...args: unknown[]) => { alive(`.${prop}()`); return value({ op: 'invoke', id: handle.id, prop, args: out(args) }, `.${prop}()`); };
          methods.set(prop, call);
          return call;
        },
        set(target, prop, newValue) {
          if (typeof prop === 'symbol') return Reflect.set(target, prop, newValue);
          alive(`setting .${prop}`);
          value({ op: 'set', id: handle.id, prop, value: out(newValue) }, `setting .${prop}`);
          return true;
        },
      });
    }
    standIns.set(handle.id, standIn);
    handleOfStandIn.set(standIn, handle);
    return standIn;
  }

  return {
    close() {
      host?.stop();
      host = null;
      twin?.stop();
      twin = null;
    },
    export(name) {
      start();
      const info = exports.get(name);
      if (!info) return undefined;
      if (info.kind === 'value') return into(info.value);
      const standIn = function (this: unknown, ...args: unknown[]): unknown {
        if (new.target) return value({ op: 'construct', name, args: out(args) }, `new ${name}()`);
        return value({ op: 'call', name, args: out(args) }, `${name}()`);
      };
      Object.defineProperty(standIn, 'name', { value: name });
      if (info.errorClass) Object.setPrototypeOf(standIn.prototype, Error.prototype);
      classes.set(name, standIn as (...args: unknown[]) => unknown);
      return standIn;
    },
  };
}
