/**
 * The one way the harness runs code it does not trust in another process: a TS module forked with
 * tsx as the leader of its own process group, one request, typed messages back over IPC (through
 * channel.ts on the child's side), and a watchdog. When the child ends, whatever the reason, the
 * whole group is killed, so nothing the child or learner code in it started (Vitest's workers, a
 * process learner code spawned) outlives it. How it ended is data, an `Outcome`; `describeStop`
 * turns a stop into the sentence the user sees.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import type { Envelope } from './channel.ts';
import { killProcessGroup } from './kill.ts';
import { makeCgroup, SANDBOX_ENV, sandboxCommand, sandboxStatus, type Cgroup, type SandboxSpec } from './sandbox.ts';

/** tsx's loader by absolute path: a sandboxed child starts in /tmp, where a bare `tsx` would not resolve. */
const TSX = import.meta.resolve('tsx');

/** How a child ended other than by saying it was done. */
export type Stop =
  /** No message for `afterMs`: before its first message (`startup`) or while a request was outstanding. */
  | { kind: 'stalled'; phase: 'startup' | 'running'; afterMs: number }
  /** The child caught an exception and reported it. */
  | { kind: 'crashed'; message: string }
  /** The child ended without saying done (out of memory, killed, process.exit, or stopped by its parent). */
  | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null; stderrTail: string; memoryLimitMb?: number };

export type Outcome = { kind: 'done' } | Stop;

export interface SuperviseOptions<Msg> {
  /** Absolute path of the child module; it speaks through channel.ts. */
  module: string;
  /** The first request, as JSON on the child's command line; outstanding until the child is idle or done. */
  request: unknown;
  /** Node flags after `--import tsx`, e.g. a heap limit. */
  execArgv?: readonly string[];
  /** Longest wait for the child's first message, ms. */
  startupMs: number;
  /** Longest gap between messages while a request is outstanding, ms; an idle child may wait forever. */
  stallMs: number;
  onMessage?: (message: Msg) => void;
  /** A serving child finished a request; the first time, it is ready for more. */
  onIdle?: () => void;
  /**
   * Run the child in the sandbox (sandbox.ts) when bubblewrap is usable; without it the child runs
   * as an ordinary process and `Supervised.sandboxed` says so. Omit for trusted code only.
   */
  sandbox?: SandboxSpec;
  /** How messages travel: JSON (default), or V8's structured clone (Maps, typed arrays, holes, -0). */
  serialization?: 'json' | 'advanced';
}

export interface Supervised<Req> {
  /** The child's pid, which is also its process group's id (undefined if it could not be started). */
  readonly pid: number | undefined;
  /** Whether the child runs in the sandbox, and under which limits ("cgroup v1"), or why not. */
  readonly isolation: Isolation;
  /** Settles once the child has ended and its process group has been killed. */
  readonly outcome: Promise<Outcome>;
  /** Sends a further request to a child that serves them; the stall limit runs until it is idle again. */
  send(request: Req): void;
  /** Ends the child and its group now; the outcome says `exited` with SIGKILL unless it had said done. */
  stop(): void;
  /** CPU ms the sandbox's cgroup has used so far, read from outside the child; null without such a cgroup. */
  cpuMs(): number | null;
}

/** How much of the child's stderr is kept for the outcome of a child that died. */
const STDERR_TAIL = 4000;
/** After the child exits, how long to wait for the rest of its stderr before settling. */
const STDERR_GRACE_MS = 500;

/** Linux refuses a single argument over 128 KiB (E2BIG); the request travels as one. */
const MAX_REQUEST_CHARS = 100_000;

export type Isolation =
  | { sandboxed: true; limits: Cgroup['kind'] | 'no cgroup' }
  | { sandboxed: false; reason: string };

function start(options: SuperviseOptions<unknown>, request: string): { child: ChildProcess; isolation: Isolation; cgroup: Cgroup | null } {
  const execArgv = ['--import', TSX, ...(options.execArgv ?? [])];
  const status = options.sandbox ? sandboxStatus() : { available: false as const, reason: 'trusted code' };
  if (!status.available || !options.sandbox) {
    // Leader of its own group: one kill reaches everything started inside it.
    const child = fork(options.module, [request], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], detached: true, env: SANDBOX_ENV, serialization: options.serialization ?? 'json' });
    return { child, isolation: { sandboxed: false, reason: status.available ? 'trusted code' : status.reason }, cgroup: null };
  }
  const cgroup = makeCgroup(options.sandbox);
  const readOnly = [...options.sandbox.readOnly, options.module];
  const { file, args } = sandboxCommand(status, { ...options.sandbox, readOnly }, cgroup, [process.execPath, ...execArgv, options.module, request]);
  const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], detached: true, env: SANDBOX_ENV, serialization: options.serialization ?? 'json' });
  return { child, isolation: { sandboxed: true, limits: cgroup?.kind ?? 'no cgroup' }, cgroup };
}

export function supervise<Msg, Req = never>(options: SuperviseOptions<Msg>): Supervised<Req> {
  const request = JSON.stringify(options.request);
  if (request.length > MAX_REQUEST_CHARS) throw new Error(`A request of ${request.length} characters to ${options.module} is over the ${MAX_REQUEST_CHARS} an argument can carry: send less per child.`);
  const { child, isolation, cgroup } = start(options as SuperviseOptions<unknown>, request);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL); });

  // done, crashed or stalled: what the child said, or the watchdog saw, before it ended.
  let decided: Outcome | null = null;
  let settled = false;
  let outstanding = 1;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  const decide = (outcome: Outcome) => {
    if (decided) return;
    decided = outcome;
    clearTimeout(timer);
    killProcessGroup(child);
  };
  const arm = (phase: 'startup' | 'running', ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => decide({ kind: 'stalled', phase, afterMs: ms }), ms);
  };
  arm('startup', options.startupMs);

  child.on('message', (envelope: Envelope<Msg>) => {
    if (decided || settled) return;
    started = true;
    switch (envelope.t) {
      case 'message':
        if (outstanding > 0) arm('running', options.stallMs);
        options.onMessage?.(envelope.message);
        break;
      case 'idle':
        // Each idle answers one request (the first, then each sent): a queued one keeps the watchdog on.
        outstanding = Math.max(0, outstanding - 1);
        if (outstanding > 0) arm('running', options.stallMs);
        else clearTimeout(timer);
        options.onIdle?.();
        break;
      case 'done':
        decide({ kind: 'done' });
        break;
      case 'crash':
        decide({ kind: 'crashed', message: envelope.message });
        break;
    }
  });

  const outcome = new Promise<Outcome>((resolve) => {
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Always, also after "done": Vitest's workers or a process learner code spawned may still run.
      killProcessGroup(child);
      // 'close' comes once the IPC channel and stderr are drained (the last messages, the whole
      // tail); a process that escaped the group could hold stderr open, hence the grace period.
      const overMemory = cgroup?.hitMemoryLimit() ?? false;
      const last = () => {
        cgroup?.remove();
        settle(decided ?? { kind: 'exited', code, signal, stderrTail: stderr, ...(overMemory ? { memoryLimitMb: options.sandbox!.memoryMb } : {}) });
      };
      const grace = setTimeout(last, STDERR_GRACE_MS);
      child.once('close', () => { clearTimeout(grace); last(); });
    });
    child.on('error', (error) => {
      // fork itself failed: there is no process, so no exit event to wait for.
      if (child.pid === undefined) { clearTimeout(timer); cgroup?.remove(); settle({ kind: 'exited', code: null, signal: null, stderrTail: error.message }); }
    });
  });

  return {
    pid: child.pid,
    isolation,
    outcome,
    send(request: Req) {
      if (decided || !child.connected) return;
      outstanding++;
      if (started) arm('running', options.stallMs);
      child.send(request as object, () => { /* a child that died meanwhile ends through its exit event */ });
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) killProcessGroup(child);
    },
    cpuMs: () => cgroup?.cpuMs() ?? null,
  };
}

/** The outcome as a stop, for a parent still waiting for `awaited` when the child said done (a bug in the child). */
export function stopOf(outcome: Outcome, awaited: string): Stop {
  return outcome.kind === 'done' ? { kind: 'crashed', message: `it said done while ${awaited} was still due` } : outcome;
}

/** The user's words for one kind of child: what it is and what its stalls usually mean. */
export interface StopWording {
  /** The process as the user knows it: "the test process". */
  process: string;
  /** What a stall leaves unfinished: "a test". */
  work: string;
  /** What usually makes it stall: "an endless loop, or …". */
  stallCause: string;
}

/** The sentence the user sees for a stop. */
export function describeStop(stop: Stop, what: StopWording): string {
  switch (stop.kind) {
    case 'stalled': {
      const seconds = Math.round(stop.afterMs / 1000);
      return stop.phase === 'running'
        ? `${what.work} did not finish within ${seconds} s: ${what.stallCause}`
        : `${what.process} did not start within ${seconds} s: code that loops while it loads, or a machine too busy; try again`;
    }
    case 'crashed':
      return `${what.process} failed: ${stop.message.split('\n')[0]}`;
    case 'exited': {
      if (stop.memoryLimitMb) return `${what.process} was stopped at its memory limit of ${stop.memoryLimitMb} MiB (heap and buffers together): code that allocates without end, or far more than the inputs need`;
      const how = stop.signal ? stop.signal : `exit code ${stop.code}`;
      const tail = stop.stderrTail.trim().split('\n').slice(-3).join(' | ');
      return `${what.process} died while running your code (out of memory, or the process was ended; ${how})${tail ? `: ${tail}` : ''}`;
    }
  }
}
