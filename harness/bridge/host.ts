/**
 * The solution's own process: it loads one implementation file and answers the tests' calls on it
 * (client.ts), one at a time, over two FIFOs. Nothing of the tests lives here (no `expect`, no
 * fast-check, no test file, no results): whatever the solution does to this process's globals
 * reaches only its own answers. Started in a sandbox of its own inside the test process's.
 * argv: <implementation file> <FIFO tests → solution> <FIFO solution → tests>
 */
import { pathToFileURL } from 'node:url';
import { registerKitResolution } from '../impl/kit-resolve.ts';
import { decode, encode, Frames, type Encoded, type ExportInfo, type Handle, type ToSolution, type ToTests } from './wire.ts';

const [file, fromTests, toTests] = process.argv.slice(2) as [string, string, string];

// The FIFOs carry the protocol; what the solution prints goes to stderr, where nobody parses it.
const toStderr = (...args: unknown[]) => { process.stderr.write(`${args.map(String).join(' ')}\n`); };
for (const name of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const) (console as unknown as Record<string, unknown>)[name] = toStderr;

const frames = Frames.open(fromTests, toTests, false);
// The tests' side has gone (its end of the FIFO closed): nothing left to answer.
const waitForTests = (ended: boolean) => { if (ended) process.exit(0); };

const objects = new Map<number, object>();
const idOf = new Map<object, number>();
let nextId = 1;
const exportedClasses = new Map<object, string>();

function classNameOf(value: object): string | undefined {
  for (let proto = Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
    const name = exportedClasses.get(proto);
    if (name) return name;
  }
  return undefined;
}

/** Functions, and instances of the solution's exported classes, stay here: the tests get handles. Errors always travel as data. */
function handleOf(value: object): Handle | null {
  const className = typeof value === 'function' || value instanceof Error ? undefined : classNameOf(value);
  if (typeof value !== 'function' && !className) return null;
  let id = idOf.get(value);
  if (id === undefined) { id = nextId++; idOf.set(value, id); objects.set(id, value); }
  return { kind: typeof value === 'function' ? 'fn' : 'obj', owner: 'solution', id, ...(className ? { className } : {}) };
}

// This process's copies of the tests' objects, by the tests' id: one copy per object, refilled
// when it comes again, so identity holds here (a key seen twice) and back there (a value returned).
const copies = new Map<number, object>();
const testsIdOf = new WeakMap<object, number>();

const callbacks = new Map<number, (...args: unknown[]) => unknown>();
function fromHandle(handle: Handle): unknown {
  if (handle.owner === 'solution') return objects.get(handle.id);
  let stub = callbacks.get(handle.id);
  if (!stub) {
    // A function of the tests (a predicate, a comparator, a listener): each call goes to them and waits.
    const id = handle.id;
    stub = (...args: unknown[]) => {
      frames.write({ callback: id, args: out(args) } satisfies ToTests);
      const answer = awaitAnswer();
      if (answer.op === 'throw') throw into(answer.error);
      return into(answer.value);
    };
    callbacks.set(id, stub);
  }
  return stub;
}

// Promises both ways: ours that the tests hold (announced when they settle), theirs that we hold.
let nextPromise = 1;
const announcing = new Set<number>();
const awaited = new Map<number, { resolve: (value: unknown) => void; reject: (reason: unknown) => void }>();
function promiseOf(promise: Promise<unknown>): { owner: 'solution'; id: number } {
  const id = nextPromise++;
  announcing.add(id);
  const settle = (fulfilled: boolean) => (value: unknown) => {
    announcing.delete(id);
    let encoded: Encoded;
    try {
      encoded = out(value);
    } catch (error) {
      fulfilled = false;
      encoded = out(new Error(`the bridge could not carry the promise's ${fulfilled ? 'value' : 'reason'}: ${(error as Error).message}`));
    }
    frames.write({ settle: id, fulfilled, value: encoded } satisfies ToTests);
  };
  promise.then(settle(true), settle(false));
  return { owner: 'solution', id };
}
function fromPromise(_owner: 'tests' | 'solution', id: number): Promise<unknown> {
  return new Promise((resolve, reject) => awaited.set(id, { resolve, reject }));
}

const out = (value: unknown): Encoded => encode(value, { handleOf, classNameOf, promiseOf, returnedId: (v) => testsIdOf.get(v) });
const into = (value: Encoded): unknown => decode(value, {
  fromHandle,
  fromPromise,
  copyOf: (tid) => copies.get(tid),
  remember: (tid, copy) => { copies.set(tid, copy); testsIdOf.set(copy, tid); },
});
const args = (encoded: Encoded) => into(encoded) as unknown[];

function answer(run: () => unknown): ToTests {
  try {
    return { ok: out(run()) };
  } catch (error) {
    return { threw: out(error) };
  }
}

let module: Record<string, unknown> = {};

function handle(message: ToSolution): ToTests {
  switch (message.op) {
    case 'call':
      return answer(() => (module[message.name] as (...a: unknown[]) => unknown)(...args(message.args)));
    case 'construct':
      return answer(() => new (module[message.name] as new (...a: unknown[]) => unknown)(...args(message.args)));
    case 'get': {
      const target = objects.get(message.id) as Record<string, unknown>;
      try {
        const value = target[message.prop];
        // A method is called through `invoke` with its object.
        if (typeof value === 'function' && !Object.hasOwn(target, message.prop)) return { ok: out(null), method: true };
        return { ok: out(value) };
      } catch (error) {
        return { threw: out(error) };
      }
    }
    case 'set':
      return answer(() => { (objects.get(message.id) as Record<string, unknown>)[message.prop] = into(message.value); });
    case 'invoke': {
      const target = objects.get(message.id) as Record<string, (...a: unknown[]) => unknown>;
      if (message.prop !== undefined) return answer(() => target[message.prop!]!(...args(message.args)));
      return answer(() => (target as unknown as (...a: unknown[]) => unknown)(...args(message.args)));
    }
    case 'return':
    case 'throw':
    case 'settle':
      return { failed: 'an answer came with no callback waiting for it' };
  }
}

/** A promise of the tests' settled: settle ours. */
function settled(message: Extract<ToSolution, { op: 'settle' }>): void {
  const waiting = awaited.get(message.id);
  awaited.delete(message.id);
  if (message.fulfilled) waiting?.resolve(into(message.value));
  else waiting?.reject(into(message.value));
}
/** Inside a callback: answers what comes meanwhile, and returns the tests' answer to it. */
function awaitAnswer(): Extract<ToSolution, { op: 'return' | 'throw' }> {
  for (;;) {
    const message = frames.read(waitForTests) as ToSolution;
    if (message.op === 'return' || message.op === 'throw') return message;
    if (message.op === 'settle') settled(message);
    else frames.write(handle(message));
  }
}

/**
 * The main loop. With no promise outstanding it waits on the FIFO; with one (an async solution
 * running, or awaiting the tests), it polls, letting this process's event loop run in between.
 */
async function main(): Promise<never> {
  for (;;) {
    let message: ToSolution | undefined;
    if (announcing.size + awaited.size > 0) {
      message = frames.tryRead() as ToSolution | undefined;
      if (message === undefined) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
    } else {
      message = frames.read(waitForTests) as ToSolution;
    }
    if (message.op === 'settle') settled(message);
    else frames.write(handle(message));
  }
}

// A rejection the solution never handles is its own business: it must not end the process that answers the tests.
process.on('unhandledRejection', () => {});
registerKitResolution();
try {
  module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
} catch (error) {
  frames.write({ failed: `the implementation did not load: ${(error as Error)?.stack ?? String(error)}` } satisfies ToTests);
  process.exit(1);
}
const exports: ExportInfo[] = [];
for (const [name, value] of Object.entries(module)) {
  if (typeof value === 'function') {
    if (value.prototype) exportedClasses.set(value.prototype as object, name);
    exports.push({ name, kind: 'callable', errorClass: value.prototype instanceof Error });
  } else {
    exports.push({ name, kind: 'value', value: out(value) });
  }
}
frames.write({ hello: exports } satisfies ToTests);
await main();
