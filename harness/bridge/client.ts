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
import { dependencyDirs, ROOT } from '../base/paths.ts';
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

  constructor(file: string, kataDir: string | null) {
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
  read(deadline: number, what: string): ToTests {
    let waits = 0;
    return this.frames.read((ended) => {
      waits++;
      if ((ended && this.helloSeen) || (waits % 1024 === 0 && !isAlive(this.child.pid))) {
        this.ended = true;
        pause(20);
        throw new Error(`the solution's process ended while ${what}: most often it ran out of memory (the limit is ${HOST_HEAP_MB} MB) or ended the process${this.stderrTail() ? `: ${this.stderrTail()}` : ''}`);
      }
      if (waits % 256 === 0 && Date.now() > deadline) {
        this.ended = true;
        this.stop();
        const limit = SolutionProcess.stoppedOnce ? CALL_LIMIT_AFTER_A_STOP_MS : CALL_LIMIT_MS;
        SolutionProcess.stoppedOnce = true;
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

/** Starts the solution's process for `file` (whose kata folder is `kataDir`, if it lives in one) and returns its exports' stand-ins. */
export function connectSolution(file: string, kataDir: string | null): Solution {
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

  /** One request and its answer; callbacks of the solution into the tests are run meanwhile. */
  function request(message: ToSolution, what: string): Extract<ToTests, { ok: unknown }> {
    const process = start();
    process.frames.write(message);
    const deadline = Date.now() + (SolutionProcess.stoppedOnce ? CALL_LIMIT_AFTER_A_STOP_MS : CALL_LIMIT_MS);
    for (;;) {
      const reply = process.read(deadline, what);
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
  const value = (message: ToSolution, what: string) => into(request(message, what).ok);

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
