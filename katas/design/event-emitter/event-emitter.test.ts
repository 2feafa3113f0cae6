import { describe, expect } from 'vitest';
import { fc, it, numbersOf, stringsOf } from '#kit/testing';
import { EventEmitter } from './event-emitter.ts';
import meta from './meta.ts';

type Listener = (...args: unknown[]) => void;

/** A listener that records its calls (with their arguments) into `log` under `name`. */
function recorder(log: string[], name: string, body: (...args: unknown[]) => void = () => {}): Listener {
  return (...args) => {
    log.push(args.length > 0 ? `${name}(${args.map(String).join(', ')})` : name);
    body(...args);
  };
}

describe('EventEmitter examples', () => {
  it('runs listeners by ascending priority, ties in subscription order, with the arguments', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    emitter.on('x', recorder(log, 'A'));
    emitter.on('x', recorder(log, 'B'), { priority: -1 });
    emitter.on('x', recorder(log, 'C'));
    emitter.on('x', recorder(log, 'D'), { priority: 5 });
    emitter.on('x', recorder(log, 'E'), { priority: 0.5 });
    expect(emitter.emit('x', 1, 'two')).toEqual({ called: 5, errors: [] });
    expect(log).toEqual(['B(1, two)', 'A(1, two)', 'C(1, two)', 'E(1, two)', 'D(1, two)']);
  });

  it('returns zero calls for an event nobody listens to', () => {
    const emitter = new EventEmitter();
    expect(emitter.emit('nobody')).toEqual({ called: 0, errors: [] });
    emitter.on('other', () => {});
    expect(emitter.emit('nobody')).toEqual({ called: 0, errors: [] });
  });

  it('keeps events separate', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    emitter.on('a', recorder(log, 'A'));
    emitter.on('b', recorder(log, 'B'));
    emitter.emit('a');
    expect(log).toEqual(['A']);
  });

  // Stated rule (README): a once subscription is removed just before its listener is called.
  it('calls a once listener only the first time', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    emitter.on('x', recorder(log, 'A'), { once: true });
    emitter.on('x', recorder(log, 'B'));
    expect(emitter.emit('x')).toEqual({ called: 2, errors: [] });
    expect(emitter.emit('x')).toEqual({ called: 1, errors: [] });
    expect(log).toEqual(['A', 'B', 'B']);
  });

  // Stated rule (README): a once subscription is removed just before its listener is called.
  it('does not call a once listener twice when it emits the same event', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    const nested: unknown[] = [];
    emitter.on('x', recorder(log, 'A', () => nested.push(emitter.emit('x'))), { once: true });
    expect(emitter.emit('x')).toEqual({ called: 1, errors: [] });
    expect(log, 'A ran once').toEqual(['A']);
    expect(nested, 'the nested emit found no listener').toEqual([{ called: 0, errors: [] }]);
  });

  // Stated rule (README): what emit returns (errors in call order, as the very values thrown).
  it('collects errors, in call order, and keeps calling the other listeners', () => {
    const log: string[] = [];
    const first = new Error('first');
    const second = { reason: 'not even an Error' };
    const emitter = new EventEmitter();
    emitter.on('x', recorder(log, 'A', () => { throw first; }));
    emitter.on('x', recorder(log, 'B'));
    emitter.on('x', recorder(log, 'C', () => { throw second; }));
    emitter.on('x', recorder(log, 'D'));
    const result = emitter.emit('x');
    expect(log).toEqual(['A', 'B', 'C', 'D']);
    expect(result.called).toBe(4);
    expect(result.errors.length).toBe(2);
    expect(result.errors[0], 'the very value thrown').toBe(first);
    expect(result.errors[1], 'the very value thrown').toBe(second);
  });

  // Stated rule (README): what emit returns (the very values thrown, whatever they are).
  it('collects thrown values that are not Errors, numbers and strings included, as they are', () => {
    const emitter = new EventEmitter();
    for (const value of [2 ** 32 + 0.5, 'plain string', -0, 2 ** 31, null]) {
      emitter.on('x', () => {
        throw value;
      });
    }
    const { called, errors } = emitter.emit('x');
    expect(called).toBe(5);
    expect(errors.length).toBe(5);
    [2 ** 32 + 0.5, 'plain string', -0, 2 ** 31, null].forEach((value, i) => expect(errors[i], `error ${i}`).toBe(value));
  });

  // Stated rule (README): any string is an event name of its own.
  it('treats every string as an event name of its own, names of Object.prototype members included', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', '']) {
      expect(emitter.emit(name), `emit(${JSON.stringify(name)}) on a new emitter`).toEqual({ called: 0, errors: [] });
      expect(emitter.off(name, () => {}), `off(${JSON.stringify(name)}, f) on a new emitter`).toBe(false);
    }
    emitter.on('__proto__', recorder(log, 'P'));
    emitter.on('constructor', recorder(log, 'C'));
    emitter.on('', recorder(log, 'E'));
    expect(emitter.emit('__proto__', 1)).toEqual({ called: 1, errors: [] });
    expect(emitter.emit('constructor', 2)).toEqual({ called: 1, errors: [] });
    expect(emitter.emit('', 3)).toEqual({ called: 1, errors: [] });
    expect(emitter.emit('toString')).toEqual({ called: 0, errors: [] });
    expect(log).toEqual(['P(1)', 'C(2)', 'E(3)']);
  });

  // Stated rule (README): priorities are numbers, compared as numbers.
  it('compares priorities as numbers, not as strings, and -0 as 0', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    emitter.on('x', recorder(log, 'ten'), { priority: 10 });
    emitter.on('x', recorder(log, 'two'), { priority: 2 });
    emitter.on('x', recorder(log, 'minus one'), { priority: -1 });
    emitter.on('x', recorder(log, 'minus two'), { priority: -2 });
    emitter.on('x', recorder(log, 'huge'), { priority: 2 ** 53 + 2 });
    emitter.on('x', recorder(log, 'tiny'), { priority: Number.MIN_VALUE });
    emitter.on('x', recorder(log, 'zero'), { priority: 0 });
    emitter.on('x', recorder(log, 'minus zero'), { priority: -0 });
    emitter.on('x', recorder(log, 'half'), { priority: 0.5 });
    emitter.on('x', recorder(log, 'most negative'), { priority: -Number.MAX_VALUE });
    emitter.emit('x');
    expect(log).toEqual(['most negative', 'minus two', 'minus one', 'zero', 'minus zero', 'tiny', 'half', 'two', 'ten', 'huge']);
  });

  it('removes a once listener that throws, and counts its call', () => {
    const emitter = new EventEmitter();
    const boom = new Error('boom');
    emitter.on('x', () => { throw boom; }, { once: true });
    expect(emitter.emit('x')).toEqual({ called: 1, errors: [boom] });
    expect(emitter.emit('x')).toEqual({ called: 0, errors: [] });
  });

  it('does not call listeners added during the emit, but the next emit does', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    const late = recorder(log, 'late');
    emitter.on('x', recorder(log, 'A', () => {
      emitter.on('x', late);
      emitter.on('x', late, { priority: 10 });
    }));
    expect(emitter.emit('x')).toEqual({ called: 1, errors: [] });
    expect(log).toEqual(['A']);
    log.length = 0;
    emitter.emit('x');
    expect(log.slice(0, 1), 'A still runs first').toEqual(['A']);
    expect(log.filter((l) => l === 'late').length, 'both late subscriptions run from the second emit on').toBe(2);
  });

  // Stated rule (README): a subscription removed during an emit is skipped.
  it('skips a listener removed by an earlier listener of the same emit', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    const b = recorder(log, 'B');
    let stopC: () => void = () => {};
    emitter.on('x', recorder(log, 'A', () => {
      emitter.off('x', b);
      stopC();
    }));
    emitter.on('x', b);
    stopC = emitter.on('x', recorder(log, 'C'));
    emitter.on('x', recorder(log, 'D'));
    expect(emitter.emit('x')).toEqual({ called: 2, errors: [] });
    expect(log).toEqual(['A', 'D']);
  });

  // Stated rule (README): what emit returns (calls of nested emits are not counted).
  it('runs nested emits with their own snapshot', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    let depth = 0;
    emitter.on('x', recorder(log, 'A', () => {
      if (depth++ === 0) {
        emitter.on('x', recorder(log, 'B'));
        expect(emitter.emit('x', 'inner'), 'the nested emit sees B').toEqual({ called: 2, errors: [] });
      }
    }));
    expect(emitter.emit('x', 'outer'), 'the outer emit does not').toEqual({ called: 1, errors: [] });
    expect(log).toEqual(['A(outer)', 'A(inner)', 'B(inner)']);
  });

  // Stated rule (README): every `on` is its own subscription.
  it('treats each `on` as its own subscription, even for the same listener', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    const a = recorder(log, 'A');
    emitter.on('x', a);
    emitter.on('x', a, { priority: -1 });
    expect(emitter.emit('x')).toEqual({ called: 2, errors: [] });
    expect(log).toEqual(['A', 'A']);
  });

  // Stated rule (README): off removes every subscription of the listener.
  it('removes every subscription of a listener with off, and reports whether it removed any', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    const a = recorder(log, 'A');
    emitter.on('x', a);
    emitter.on('x', a, { priority: 3 });
    emitter.on('y', a);
    expect(emitter.off('x', a)).toBe(true);
    expect(emitter.off('x', a)).toBe(false);
    expect(emitter.off('never', a)).toBe(false);
    expect(emitter.emit('x')).toEqual({ called: 0, errors: [] });
    expect(emitter.emit('y'), 'other events keep the listener').toEqual({ called: 1, errors: [] });
  });

  // Stated rule (README): every `on` is its own subscription; unsubscribe removes exactly that one.
  it('unsubscribes exactly one subscription, and a second call does nothing', () => {
    const log: string[] = [];
    const emitter = new EventEmitter();
    const a = recorder(log, 'A');
    const stop = emitter.on('x', a);
    emitter.on('x', a);
    stop();
    stop();
    expect(emitter.emit('x')).toEqual({ called: 1, errors: [] });
    expect(emitter.off('x', a), 'the second subscription was still there').toBe(true);
    expect(emitter.emit('x')).toEqual({ called: 0, errors: [] });
  });

  it('lets a listener unsubscribe itself while running', () => {
    const emitter = new EventEmitter();
    let calls = 0;
    const stop = emitter.on('x', () => {
      calls++;
      stop();
    });
    emitter.emit('x');
    emitter.emit('x');
    expect(calls).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Model-based: four listener functions with scripted behaviour (throw or not, and one action
// while running: subscribe, off, unsubscribe, nested emit). The model is a flat list of
// subscriptions, sorted afresh on every emit, that executes the same scripts.
// ---------------------------------------------------------------------------------------------
type Action =
  | { kind: 'none' }
  | { kind: 'on'; event: string; fn: number; priority: number; once: boolean }
  | { kind: 'off'; event: string; fn: number }
  | { kind: 'unsubscribe'; handle: number }
  | { kind: 'emit'; event: string };
interface Behaviour {
  throws: boolean;
  action: Action;
}

interface ModelSub {
  seq: number;
  event: string;
  fn: number;
  priority: number;
  once: boolean;
  active: boolean;
}
interface Model {
  behaviours: readonly Behaviour[];
  subs: ModelSub[];
  log: string[];
  depth: number;
}
interface Real {
  emitter: EventEmitter;
  fns: Listener[];
  handles: (() => void)[];
  log: string[];
  depth: number;
}

/**
 * Bounds on what scripts may do, so runs stay small: nested emits go one level deep, and
 * listeners stop subscribing once a run has made MAX_SUBSCRIPTIONS subscriptions.
 */
const MAX_DEPTH = 2;
const MAX_SUBSCRIPTIONS = 30;

function describeErrors(errors: readonly unknown[]): string[] {
  return errors.map((e) => (e instanceof Error ? e.message : `not an Error: ${String(e)}`));
}

function modelEmit(model: Model, event: string, arg: string): { called: number; errors: string[] } {
  model.depth++;
  const snapshot = model.subs
    .filter((s) => s.active && s.event === event)
    .sort((a, b) => a.priority - b.priority || a.seq - b.seq);
  let called = 0;
  const errors: string[] = [];
  for (const sub of snapshot) {
    if (!sub.active) continue;
    if (sub.once) sub.active = false;
    called++;
    model.log.push(`f${sub.fn}(${arg})`);
    modelAct(model, model.behaviours[sub.fn]!.action);
    if (model.behaviours[sub.fn]!.throws) errors.push(`f${sub.fn} failed`);
  }
  model.depth--;
  return { called, errors };
}

function modelOn(model: Model, event: string, fn: number, priority: number, once: boolean): void {
  model.subs.push({ seq: model.subs.length, event, fn, priority, once, active: true });
}

function modelOff(model: Model, event: string, fn: number): boolean {
  let removed = false;
  for (const s of model.subs) {
    if (s.active && s.event === event && s.fn === fn) {
      s.active = false;
      removed = true;
    }
  }
  return removed;
}

function modelAct(model: Model, action: Action): void {
  switch (action.kind) {
    case 'none':
      return;
    case 'on':
      if (model.subs.length < MAX_SUBSCRIPTIONS) modelOn(model, action.event, action.fn, action.priority, action.once);
      return;
    case 'off':
      model.log.push(`off ${action.event} f${action.fn}: ${modelOff(model, action.event, action.fn)}`);
      return;
    case 'unsubscribe': {
      const sub = model.subs[action.handle];
      if (sub) sub.active = false;
      return;
    }
    case 'emit':
      if (model.depth < MAX_DEPTH) {
        const { called, errors } = modelEmit(model, action.event, 'nested');
        model.log.push(`nested emit ${action.event}: ${called} called, errors [${errors.join(', ')}]`);
      }
  }
}

function realAct(real: Real, action: Action): void {
  switch (action.kind) {
    case 'none':
      return;
    case 'on':
      if (real.handles.length < MAX_SUBSCRIPTIONS) {
        real.handles.push(real.emitter.on(action.event, real.fns[action.fn]!, { priority: action.priority, once: action.once }));
      }
      return;
    case 'off':
      real.log.push(`off ${action.event} f${action.fn}: ${real.emitter.off(action.event, real.fns[action.fn]!)}`);
      return;
    case 'unsubscribe':
      real.handles[action.handle]?.();
      return;
    case 'emit':
      if (real.depth < MAX_DEPTH) {
        real.depth++;
        const { called, errors } = real.emitter.emit(action.event, 'nested');
        real.depth--;
        real.log.push(`nested emit ${action.event}: ${called} called, errors [${describeErrors(errors).join(', ')}]`);
      }
  }
}

function makeReal(behaviours: readonly Behaviour[]): Real {
  const real: Real = { emitter: new EventEmitter(), fns: [], handles: [], log: [], depth: 0 };
  real.fns = behaviours.map((b, fn) => (...args: unknown[]) => {
    real.log.push(`f${fn}(${args.map(String).join(', ')})`);
    realAct(real, b.action);
    if (b.throws) throw new Error(`f${fn} failed`);
  });
  return real;
}

class OnCommand implements fc.Command<Model, Real> {
  constructor(readonly event: string, readonly fn: number, readonly priority: number, readonly once: boolean) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    modelOn(model, this.event, this.fn, this.priority, this.once);
    real.handles.push(real.emitter.on(this.event, real.fns[this.fn]!, { priority: this.priority, once: this.once }));
  }
  toString(): string {
    return `on(${JSON.stringify(this.event)}, f${this.fn}, { priority: ${Object.is(this.priority, -0) ? '-0' : this.priority}, once: ${this.once} })`;
  }
}

class OffCommand implements fc.Command<Model, Real> {
  constructor(readonly event: string, readonly fn: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    expect(real.emitter.off(this.event, real.fns[this.fn]!), `${this}`).toBe(modelOff(model, this.event, this.fn));
  }
  toString(): string {
    return `off(${JSON.stringify(this.event)}, f${this.fn})`;
  }
}

class UnsubscribeCommand implements fc.Command<Model, Real> {
  constructor(readonly handle: number) {}
  check(model: Readonly<Model>): boolean {
    return this.handle < model.subs.length;
  }
  run(model: Model, real: Real): void {
    modelAct(model, { kind: 'unsubscribe', handle: this.handle });
    real.handles[this.handle]!();
  }
  toString(): string {
    return `unsubscribe #${this.handle}`;
  }
}

class EmitCommand implements fc.Command<Model, Real> {
  constructor(readonly event: string, readonly arg: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const logStart = model.log.length;
    const expected = modelEmit(model, this.event, String(this.arg));
    real.depth++;
    const result = real.emitter.emit(this.event, this.arg);
    real.depth--;
    const expectedLog = model.log.slice(logStart);
    const actualLog = real.log.slice(logStart);
    expect(actualLog, `calls made by ${this}`).toEqual(expectedLog);
    expect({ called: result.called, errors: describeErrors(result.errors) }, `result of ${this}`).toEqual(expected);
  }
  toString(): string {
    return `emit(${JSON.stringify(this.event)}, ${this.arg})`;
  }
}

// Two distinct event names from the whole domain (`__proto__`, `constructor`, '' and lone
// surrogates included) and up to four priorities from theirs (fractions, -0, huge magnitudes), so
// ties between priorities are everywhere.
const scenario = fc
  .record({
    events: fc.uniqueArray(stringsOf(meta.domain.event), { minLength: 2, maxLength: 2 }),
    priorities: fc.array(numbersOf(meta.domain.priority), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ events, priorities }) => {
    const event = fc.constantFrom(...events);
    const fn = fc.integer({ min: 0, max: 3 });
    const priority = fc.constantFrom(...priorities);
    const action: fc.Arbitrary<Action> = fc.oneof(
      { arbitrary: fc.constant({ kind: 'none' as const }), weight: 4 },
      { arbitrary: fc.record({ kind: fc.constant('on' as const), event, fn, priority, once: fc.boolean() }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('off' as const), event, fn }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), handle: fc.nat(12) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('emit' as const), event }), weight: 1 },
    );
    const throws = fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 });
    const behaviours = fc.array(fc.record({ throws, action }), { minLength: 4, maxLength: 4 });
    const commands = fc.commands(
      [
        fc.tuple(event, fn, priority, fc.boolean()).map(([e, f, p, once]) => new OnCommand(e, f, p, once)),
        fc.tuple(event, fn, priority, fc.boolean()).map(([e, f, p, once]) => new OnCommand(e, f, p, once)),
        fc.tuple(event, fn).map(([e, f]) => new OffCommand(e, f)),
        fc.nat(12).map((h) => new UnsubscribeCommand(h)),
        fc.tuple(event, fc.nat(99)).map(([e, arg]) => new EmitCommand(e, arg)),
        fc.tuple(event, fc.nat(99)).map(([e, arg]) => new EmitCommand(e, arg)),
      ],
      { maxCommands: 40, size: '+1' },
    );
    return fc.record({ scripts: behaviours, cmds: commands });
  });

describe('EventEmitter properties', () => {
  it.prop([scenario])(
    'calls the same listeners in the same order as a sorted list of subscriptions, under re-entrant scripts',
    ({ scripts, cmds }) => {
      fc.modelRun(() => ({ model: { behaviours: scripts, subs: [], log: [], depth: 0 }, real: makeReal(scripts) }), cmds);
    },
  );

  it.prop([fc.array(fc.tuple(numbersOf(meta.domain.priority), fc.boolean()), { maxLength: 30 })])(
    'calls every listener once per emit in (priority, subscription) order; once listeners only the first time',
    (subs) => {
      const log: number[] = [];
      const emitter = new EventEmitter();
      subs.forEach(([p, once], i) => emitter.on('e', () => log.push(i), { priority: p, once }));
      const order = subs.map(([p], i) => ({ p, i })).sort((a, b) => a.p - b.p).map(({ i }) => i);
      expect(emitter.emit('e')).toEqual({ called: subs.length, errors: [] });
      expect(log, 'first emit').toEqual(order);
      log.length = 0;
      const remaining = order.filter((i) => !subs[i]![1]);
      expect(emitter.emit('e')).toEqual({ called: remaining.length, errors: [] });
      expect(log, 'second emit: once listeners are gone').toEqual(remaining);
    },
  );

  it.prop([fc.array(fc.anything(), { maxLength: 4 })])('passes the arguments through untouched', (args) => {
    const emitter = new EventEmitter();
    let received: unknown[] = [];
    emitter.on('e', (...got) => {
      received = got;
    });
    emitter.emit('e', ...args);
    expect(received.length).toBe(args.length);
    received.forEach((value, i) => expect(value, `argument ${i} is the very value passed`).toBe(args[i]));
  });
});
