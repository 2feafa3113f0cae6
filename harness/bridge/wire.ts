/**
 * What crosses between a kata's tests and the solution's own process (client.ts ↔ host.ts): framed
 * messages on two FIFOs, each a 4-byte length and a V8-serialized body (structured clone: Maps,
 * Sets, typed arrays, undefined, -0 and BigInt survive), and the value codec both sides share.
 * Data is copied; a function, or an instance of a class the solution exports, is not: it travels
 * as a handle, and calls on it travel back. Errors are rebuilt on the other side with their name,
 * message and own fields, so `toThrow(RangeError)` means what it says.
 */
import { closeSync, openSync, readSync, writeSync, constants } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/** A function, or an object of the solution's (an instance of a class it exports), as it travels: by identity, never copied. */
export interface Handle { kind: 'fn' | 'obj'; owner: 'tests' | 'solution'; id: number; className?: string }

export type ToSolution =
  | { op: 'call'; name: string; args: Encoded }
  | { op: 'construct'; name: string; args: Encoded }
  | { op: 'get'; id: number; prop: string }
  | { op: 'set'; id: number; prop: string; value: Encoded }
  | { op: 'invoke'; id: number; args: Encoded; prop?: string }
  /** The answer to a callback the solution made into the tests. */
  | { op: 'return'; value: Encoded }
  | { op: 'throw'; error: Encoded }
  /** A promise of the tests' that the solution holds has settled. */
  | { op: 'settle'; id: number; fulfilled: boolean; value: Encoded };

export type ExportInfo = { name: string; kind: 'callable'; errorClass: boolean } | { name: string; kind: 'value'; value: Encoded };

export type ToTests =
  | { hello: ExportInfo[] }
  | { ok: Encoded; method?: boolean }
  | { threw: Encoded }
  | { callback: number; args: Encoded }
  /** A promise of the solution's that the tests hold has settled. */
  | { settle: number; fulfilled: boolean; value: Encoded }
  | { failed: string };

/** Largest message either way: a learner cannot make the tests' side allocate without end. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/**
 * A value as a flat table, so depth costs no stack (a 100 000-deep tree crosses like a list) and
 * cycles and shared parts survive. A slot is a primitive, or `[index]` into `entries`: every object
 * is an entry, so an inline array is always a reference.
 */
export interface Encoded { root: Slot; entries: Entry[] }
type Slot = unknown;
type Entry =
  | { t: 'array'; items: Slot[]; tid?: number; frozen?: boolean }
  | { t: 'object'; keys: string[]; values: Slot[]; tid?: number; frozen?: boolean }
  | { t: 'map'; items: Slot[]; tid?: number; frozen?: boolean }
  | { t: 'set'; items: Slot[]; tid?: number; frozen?: boolean }
  | { t: 'error'; name: string; message: string; keys: string[]; values: Slot[]; className?: string; tid?: number; frozen?: boolean }
  /** Typed arrays, ArrayBuffers, Dates and RegExps: structured clone copies them whole. */
  | { t: 'leaf'; value: unknown; tid?: number }
  | { t: 'handle'; handle: Handle }
  /** A promise: the side that made it says when it settles (a `settle` message). */
  | { t: 'promise'; owner: 'tests' | 'solution'; id: number }
  /** An object the tests sent earlier, coming back: the tests' side answers with the object itself. */
  | { t: 'returned'; tid: number };

/** How one side sees objects as it encodes: which go as handles, which are the other side's own coming back, and the tests' ids. */
export interface EncodeRules {
  handleOf(value: object): Handle | null;
  /** The solution's side: an object that is its copy of one the tests sent, with the tests' id. */
  returnedId?(value: object): number | undefined;
  /** The tests' side: the id that keeps an object's identity across calls. */
  testsId?(value: object): number;
  /** The solution's side: the exported class an error is an instance of, so the tests can check `instanceof` it. */
  classNameOf?(value: object): string | undefined;
  /** Registers a promise, to be announced when it settles; returns its id and owner. */
  promiseOf?(promise: Promise<unknown>): { owner: 'tests' | 'solution'; id: number };
}

const isLeaf = (value: object) => ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || value instanceof RegExp;

export function encode(value: unknown, rules: EncodeRules): Encoded {
  const entries: Entry[] = [];
  const index = new Map<object, number>();
  const pending: [object, number][] = [];
  const slot = (v: unknown): Slot => {
    if (typeof v === 'symbol') return undefined;
    if ((typeof v !== 'object' || v === null) && typeof v !== 'function') return v;
    const object = v as object;
    const known = index.get(object);
    if (known !== undefined) return [known];
    const at = entries.length;
    index.set(object, at);
    if (object instanceof Promise && rules.promiseOf) {
      entries.push({ t: 'promise', ...rules.promiseOf(object) });
      return [at];
    }
    const handle = rules.handleOf(object);
    const returned = handle ? undefined : rules.returnedId?.(object);
    if (handle) entries.push({ t: 'handle', handle });
    else if (returned !== undefined) entries.push({ t: 'returned', tid: returned });
    else if (typeof v === 'function') entries.push({ t: 'leaf', value: undefined });
    else { entries.push({ t: 'leaf', value: undefined }); pending.push([object, at]); }
    return [at];
  };
  const root = slot(value);
  while (pending.length > 0) {
    const [object, at] = pending.pop()!;
    const tid = rules.testsId?.(object);
    // Frozen stays frozen on the other side: a solution that writes to a frozen input fails there as it would here.
    const frozen = Object.isFrozen(object) && !isLeaf(object);
    const withId = <E extends Entry>(entry: E): E => (tid === undefined && !frozen ? entry : { ...entry, ...(tid === undefined ? {} : { tid }), ...(frozen ? { frozen } : {}) });
    if (isLeaf(object)) entries[at] = withId({ t: 'leaf', value: object });
    else if (Array.isArray(object)) entries[at] = withId({ t: 'array', items: object.map(slot) });
    else if (object instanceof Map) entries[at] = withId({ t: 'map', items: [...object].flatMap(([k, v]) => [slot(k), slot(v)]) });
    else if (object instanceof Set) entries[at] = withId({ t: 'set', items: [...object].map(slot) });
    else if (object instanceof Error) {
      const keys = Object.keys(object);
      if ('cause' in object && !keys.includes('cause')) keys.push('cause');
      const className = rules.classNameOf?.(object);
      entries[at] = withId({ t: 'error', name: String(object.name), message: String(object.message), keys, values: keys.map((k) => slot((object as unknown as Record<string, unknown>)[k])), ...(className ? { className } : {}) });
    } else {
      const keys = Object.keys(object);
      entries[at] = withId({ t: 'object', keys, values: keys.map((k) => slot((object as Record<string, unknown>)[k])) });
    }
  }
  return { root, entries };
}

const BUILT_IN_ERRORS: Record<string, ErrorConstructor> = { Error, RangeError, TypeError, SyntaxError, ReferenceError, EvalError, URIError };

/** How one side rebuilds: handles into functions or stand-ins, errors into classes, and the tests' ids kept. */
export interface DecodeRules {
  fromHandle(handle: Handle): unknown;
  /** The tests' side: the object it sent with this id. */
  returned?(tid: number): unknown;
  /** The solution's side: its copy for this id, if it has one (refilled, so identity holds across calls). */
  copyOf?(tid: number): object | undefined;
  /** The solution's side: remember a copy made for this id. */
  remember?(tid: number, copy: object): void;
  /** The prototype of an error of a class the solution exports, on the tests' side. */
  errorPrototype?(className: string): object | undefined;
  /** A local promise for the other side's, settled when its `settle` message comes. */
  fromPromise?(owner: 'tests' | 'solution', id: number): Promise<unknown>;
}

const define = (target: object, key: string, value: unknown) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

export function decode(encoded: Encoded, rules: DecodeRules): unknown {
  const { entries } = encoded;
  const made: unknown[] = new Array(entries.length);
  // A copy made frozen earlier is still right: the original, frozen too, cannot have changed.
  const kept = new Set<number>();
  // Pass 1: one object per entry (reused copies emptied), so references can point anywhere.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const reuse = 'tid' in entry && entry.tid !== undefined && entry.t !== 'returned' ? rules.copyOf?.(entry.tid) : undefined;
    if (reuse && Object.isFrozen(reuse)) { made[i] = reuse; kept.add(i); continue; }
    switch (entry.t) {
      case 'handle': made[i] = rules.fromHandle(entry.handle); continue;
      case 'promise': made[i] = rules.fromPromise?.(entry.owner, entry.id); continue;
      case 'returned': made[i] = rules.returned?.(entry.tid); continue;
      case 'leaf': made[i] = entry.value; break;
      case 'array': made[i] = Array.isArray(reuse) ? (reuse.length = 0, reuse) : []; break;
      case 'map': made[i] = reuse instanceof Map ? (reuse.clear(), reuse) : new Map(); break;
      case 'set': made[i] = reuse instanceof Set ? (reuse.clear(), reuse) : new Set(); break;
      case 'object': {
        if (reuse && !Array.isArray(reuse) && !(reuse instanceof Map) && !(reuse instanceof Set)) {
          for (const key of Object.keys(reuse)) delete (reuse as Record<string, unknown>)[key];
          made[i] = reuse;
        } else made[i] = {};
        break;
      }
      case 'error': {
        const prototype = entry.className ? rules.errorPrototype?.(entry.className) : undefined;
        const error = prototype ? (Object.create(prototype) as Error) : new (Object.hasOwn(BUILT_IN_ERRORS, entry.name) ? BUILT_IN_ERRORS[entry.name]! : Error)(entry.message);
        if (prototype) Object.defineProperty(error, 'message', { value: entry.message, writable: true, configurable: true });
        if (error.name !== entry.name) Object.defineProperty(error, 'name', { value: entry.name, writable: true, configurable: true });
        made[i] = error;
        break;
      }
    }
    if ('tid' in entry && entry.tid !== undefined) rules.remember?.(entry.tid, made[i] as object);
  }
  const value = (slot: Slot) => (Array.isArray(slot) ? made[slot[0] as number] : slot);
  // Pass 2: fill them.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const target = made[i];
    if (kept.has(i)) continue;
    switch (entry.t) {
      case 'array': for (const item of entry.items) (target as unknown[]).push(value(item)); break;
      case 'map': for (let k = 0; k < entry.items.length; k += 2) (target as Map<unknown, unknown>).set(value(entry.items[k]), value(entry.items[k + 1])); break;
      case 'set': for (const item of entry.items) (target as Set<unknown>).add(value(item)); break;
      case 'object':
      case 'error': entry.keys.forEach((key, k) => define(target as object, key, value(entry.values[k]))); break;
      default: break;
    }
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if ('frozen' in entry && entry.frozen && !kept.has(i)) Object.freeze(made[i]);
  }
  return value(encoded.root);
}

/** Frames on a file descriptor: blocking writes; reads that may wait with `pause` between tries (non-blocking FIFOs). */
export class Frames {
  #buffer = Buffer.alloc(0);
  readonly #chunk = Buffer.allocUnsafe(1 << 16);

  /** `polling`: a non-blocking descriptor of the same input, for `tryRead`. */
  constructor(readonly input: number, readonly output: number, readonly polling: number) {}

  static open(inputPath: string, outputPath: string, nonBlockingInput: boolean): Frames {
    const input = openSync(inputPath, nonBlockingInput ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
    const polling = nonBlockingInput ? input : openSync(inputPath, constants.O_RDONLY | constants.O_NONBLOCK);
    // Read-write: opening never waits for the other side, and writes stay blocking.
    const output = openSync(outputPath, constants.O_RDWR);
    return new Frames(input, output, polling);
  }

  /** The next message if one is complete now, else undefined (never waits). */
  tryRead(): unknown {
    for (;;) {
      const message = this.#take();
      if (message !== undefined) return message;
      let n: number;
      try {
        n = readSync(this.polling, this.#chunk, 0, this.#chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return undefined;
        throw error;
      }
      if (n === 0) return undefined;
      this.#buffer = Buffer.concat([this.#buffer, this.#chunk.subarray(0, n)]);
    }
  }

  /** A complete message from the buffer, or undefined. */
  #take(): unknown {
    if (this.#buffer.length < 4) return undefined;
    const length = this.#buffer.readUInt32LE(0);
    if (length > MAX_FRAME_BYTES) throw new Error(`a message of ${length} bytes is over the ${MAX_FRAME_BYTES} allowed`);
    if (this.#buffer.length < 4 + length) return undefined;
    const body = this.#buffer.subarray(4, 4 + length);
    this.#buffer = this.#buffer.subarray(4 + length);
    return deserialize(body);
  }

  write(message: unknown): void {
    const body = serialize(message);
    const frame = Buffer.alloc(4 + body.length);
    frame.writeUInt32LE(body.length, 0);
    body.copy(frame, 4);
    for (let done = 0; done < frame.length;) done += writeSync(this.output, frame, done);
  }

  /**
   * The next message. `wait` is called when no data is there yet (non-blocking input) with
   * whether the writer has gone (end of file); it throws to give up. Blocking input just waits.
   */
  read(wait: (ended: boolean) => void): unknown {
    for (;;) {
      const message = this.#take();
      if (message !== undefined) return message;
      const chunk = this.#chunk;
      let n: number;
      try {
        n = readSync(this.input, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        wait(false);
        continue;
      }
      if (n === 0) {
        wait(true);
        continue;
      }
      // Copied out: the chunk is read into again.
      this.#buffer = Buffer.concat([this.#buffer, chunk.subarray(0, n)]);
    }
  }

  close(): void {
    for (const fd of new Set([this.input, this.output, this.polling])) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
  }
}
