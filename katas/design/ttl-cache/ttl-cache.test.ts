import { describe, expect } from 'vitest';
import { TTLCache } from './ttl-cache.ts';
import { expectRangeError, fc, it } from '#kit/testing';

/** A clock the test moves by hand: the cache reads `time` through `now`. */
function fakeClock(start = 0): { time: number; now: () => number } {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

// ---------------------------------------------------------------------------------------------
// Model: a Map of entries with deadlines, swept eagerly before every command. Sweeping eagerly
// is the definition of "expired since the last purge": each sweep moves expired entries into a
// counter that only `purgeExpired` reads and resets.
// ---------------------------------------------------------------------------------------------
interface Model {
  time: number;
  defaultTtl: number;
  entries: Map<number, { value: string; deadline: number }>;
  expiredSinceLastPurge: number;
}
interface Real {
  clock: { time: number };
  cache: TTLCache<number, string>;
}

const KEYS = [0, 1, 2, 3];

function sweep(model: Model): void {
  for (const [key, entry] of model.entries) {
    if (entry.deadline <= model.time) {
      model.entries.delete(key);
      model.expiredSinceLastPurge++;
    }
  }
}

/** After every command: every key reads as the model says, and `size` counts the live ones. */
function expectSameView(model: Model, real: Real, after: string): void {
  for (const key of KEYS) {
    expect(real.cache.get(key), `get(${key}) at time ${model.time}, after ${after}`).toBe(model.entries.get(key)?.value);
  }
  expect(real.cache.size, `size at time ${model.time}, after ${after}`).toBe(model.entries.size);
}

class AdvanceCommand implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    model.time += this.ms;
    real.clock.time += this.ms;
    sweep(model);
    expectSameView(model, real, `${this}`);
  }
  toString(): string {
    return `advance(${this.ms})`;
  }
}

class SetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: number, readonly value: string, readonly ttl: number | undefined) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    sweep(model);
    model.entries.set(this.key, { value: this.value, deadline: model.time + (this.ttl ?? model.defaultTtl) });
    if (this.ttl === undefined) real.cache.set(this.key, this.value);
    else real.cache.set(this.key, this.value, this.ttl);
    expectSameView(model, real, `${this}`);
  }
  toString(): string {
    return `set(${this.key}, ${JSON.stringify(this.value)}${this.ttl === undefined ? '' : `, ${this.ttl}`})`;
  }
}

class DeleteCommand implements fc.Command<Model, Real> {
  constructor(readonly key: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    sweep(model);
    const live = model.entries.delete(this.key);
    expect(real.cache.delete(this.key), `${this} at time ${model.time}`).toBe(live);
    expectSameView(model, real, `${this}`);
  }
  toString(): string {
    return `delete(${this.key})`;
  }
}

class PurgeCommand implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    sweep(model);
    const expected = model.expiredSinceLastPurge;
    model.expiredSinceLastPurge = 0;
    expect(real.cache.purgeExpired(), `purgeExpired() at time ${model.time}`).toBe(expected);
    expectSameView(model, real, `${this}`);
  }
  toString(): string {
    return 'purgeExpired()';
  }
}

// TTLs and time steps of the same small size, so deadlines are hit exactly, just before and
// just after, and keys are replaced both while live and after they expired.
const key = fc.constantFrom(...KEYS);
const commands = fc.commands(
  [
    fc.integer({ min: 0, max: 12 }).map((ms) => new AdvanceCommand(ms)),
    fc.tuple(key, fc.nat(99), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined })).map(
      ([k, v, ttl]) => new SetCommand(k, `v${v}`, ttl),
    ),
    key.map((k) => new DeleteCommand(k)),
    fc.constant(new PurgeCommand()),
  ],
  { maxCommands: 50, size: '+1' },
);

describe('TTLCache examples', () => {
  it('walks through the README example', () => {
    const clock = fakeClock(0);
    const cache = new TTLCache<string, number>({ ttlMs: 100, now: clock.now });
    cache.set('a', 1);
    cache.set('b', 2, 30);
    clock.time = 29;
    expect(cache.get('b')).toBe(2);
    clock.time = 30;
    expect(cache.get('b'), '`b` expired at exactly 0 + 30').toBeUndefined();
    expect(cache.size).toBe(1);
    clock.time = 50;
    cache.set('a', 10);
    clock.time = 120;
    expect(cache.get('a')).toBe(10);
    expect(cache.purgeExpired(), 'b expired at 30').toBe(1);
    expect(cache.purgeExpired(), 'nothing expired since the last purge').toBe(0);
    clock.time = 150;
    expect(cache.delete('a'), '`a` expired at 50 + 100').toBe(false);
    expect(cache.purgeExpired(), '`a` expired before the delete, so it still counts').toBe(1);
    expect(cache.size).toBe(0);
  });

  it('serves an entry up to, but not at, its deadline', () => {
    const clock = fakeClock(7);
    const cache = new TTLCache<string, number>({ ttlMs: 1000, now: clock.now });
    cache.set('x', 1, 1);
    expect(cache.get('x')).toBe(1);
    expect(cache.size).toBe(1);
    clock.time = 8;
    expect(cache.get('x'), 'expired at exactly 7 + 1').toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.delete('x')).toBe(false);
  });

  it('starts empty', () => {
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: fakeClock(5).now });
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.delete('a')).toBe(false);
    expect(cache.purgeExpired()).toBe(0);
  });

  it('gives a re-set key a fresh TTL, and the replaced entry never counts as expired', () => {
    const clock = fakeClock(0);
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: clock.now });
    cache.set('a', 1);
    clock.time = 9;
    cache.set('a', 2);
    clock.time = 18;
    expect(cache.get('a'), 'live until 9 + 10').toBe(2);
    expect(cache.purgeExpired(), 'the first entry was replaced before it expired').toBe(0);
    clock.time = 19;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.purgeExpired()).toBe(1);
  });

  it('counts an entry that expired and was then set again', () => {
    const clock = fakeClock(0);
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: clock.now });
    cache.set('a', 1);
    clock.time = 10;
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.purgeExpired(), 'the first entry expired at 10, before it was replaced').toBe(1);
    expect(cache.size).toBe(1);
  });

  it('still counts an expired entry that a `get` has already missed', () => {
    const clock = fakeClock(100);
    const cache = new TTLCache<string, number>({ ttlMs: 5, now: clock.now });
    cache.set('a', 1);
    cache.set('b', 2);
    clock.time = 105;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.purgeExpired()).toBe(2);
  });

  it('uses the per-entry TTL over the default', () => {
    const clock = fakeClock(0);
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: clock.now });
    cache.set('short', 1, 3);
    cache.set('long', 2, 50);
    cache.set('default', 3);
    clock.time = 5;
    expect([cache.get('short'), cache.get('long'), cache.get('default')]).toEqual([undefined, 2, 3]);
    clock.time = 12;
    expect([cache.get('short'), cache.get('long'), cache.get('default')]).toEqual([undefined, 2, undefined]);
    expect(cache.size).toBe(1);
  });

  it('deletes a live entry and reports it', () => {
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: fakeClock(0).now });
    cache.set('a', 1);
    expect(cache.delete('a')).toBe(true);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.delete('a')).toBe(false);
    expect(cache.purgeExpired(), 'a deleted entry never expires').toBe(0);
  });

  it('accepts fractional TTLs', () => {
    const clock = fakeClock(0);
    const cache = new TTLCache<string, number>({ ttlMs: 0.5, now: clock.now });
    cache.set('a', 1);
    clock.time = 0.25;
    expect(cache.get('a')).toBe(1);
    clock.time = 0.5;
    expect(cache.get('a')).toBeUndefined();
  });

  it('works with the default clock', () => {
    const cache = new TTLCache<string, number>({ ttlMs: 60_000 });
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    expect(cache.size).toBe(1);
  });

  it('rejects a default TTL that is not positive and finite', () => {
    for (const ttlMs of [0, -1, NaN, Infinity]) {
      expectRangeError(() => new TTLCache({ ttlMs, now: () => 0 }), `the error thrown for ttlMs ${ttlMs}`);
    }
  });

  it('rejects a per-entry TTL that is not positive and finite, and stores nothing', () => {
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: fakeClock(0).now });
    for (const ttl of [0, -5, NaN, Infinity]) {
      expectRangeError(() => cache.set('k', 1, ttl), `the error thrown for set(k, 1, ${ttl})`);
    }
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});

describe('TTLCache properties', () => {
  it.prop([fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 12 }), commands])(
    'behaves like a map of deadlines swept before every call, under any calls and clock moves',
    (start, defaultTtl, cmds) => {
      fc.modelRun(() => {
        const clock = fakeClock(start);
        return {
          model: { time: start, defaultTtl, entries: new Map(), expiredSinceLastPurge: 0 },
          real: { clock, cache: new TTLCache<number, string>({ ttlMs: defaultTtl, now: clock.now }) },
        };
      }, cmds);
    },
  );

  it.prop([fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 10 ** 9 }), fc.boolean()])(
    'keeps an entry live for exactly its TTL at any start time and any TTL size',
    (start, ttl, perEntry) => {
      const clock = fakeClock(start);
      const cache = new TTLCache<string, string>({ ttlMs: perEntry ? 1 : ttl, now: clock.now });
      if (perEntry) cache.set('k', 'v', ttl);
      else cache.set('k', 'v');
      clock.time = start + ttl - 1;
      expect(cache.get('k'), 'one ms before the deadline').toBe('v');
      clock.time = start + ttl;
      expect(cache.get('k'), 'at the deadline').toBeUndefined();
      expect(cache.purgeExpired()).toBe(1);
    },
  );

  it.prop([fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.record({ n: fc.nat(), tags: fc.array(fc.string(), { maxLength: 3 }) })), { maxLength: 20 })])(
    'neither copies nor modifies the values it stores',
    (pairs) => {
      const cache = new TTLCache<string, { n: number; tags: string[] }>({ ttlMs: 10, now: () => 0 });
      for (const [k, value] of pairs) {
        const before = structuredClone(value);
        Object.freeze(value.tags);
        Object.freeze(value);
        cache.set(k, value);
        expect(cache.get(k), 'get returns the very object that was set').toBe(value);
        expect(value).toEqual(before);
      }
    },
  );
});
