import { describe, expect } from 'vitest';
import { TTLCache } from './ttl-cache.ts';
import { expectRangeError, fc, it, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';

/**
 * A clock the test moves by hand: the cache reads `time` through `now`. Stated rule (README): the
 * clock never goes backwards, so no test ever moves `time` back.
 */
function fakeClock(start = 0): { time: number; now: () => number } {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

// ---------------------------------------------------------------------------------------------
// Model: a Map of entries with deadlines, swept eagerly before every command. Sweeping eagerly
// is the definition of "expired since the last purge": each sweep moves expired entries into a
// counter that only `purgeExpired` reads and resets (stated rules, README: each expiry is counted
// once; a replaced or deleted entry never expires). Deadlines are `time + ttl` in JavaScript
// numbers, as the README states.
// ---------------------------------------------------------------------------------------------
interface Model {
  time: number;
  defaultTtl: number;
  /** The keys the run uses (every one is read after every command). */
  keys: readonly string[];
  entries: Map<string, { value: string; deadline: number }>;
  expiredSinceLastPurge: number;
}
interface Real {
  clock: { time: number };
  cache: TTLCache<string, string>;
}

function sweep(model: Model): void {
  for (const [key, entry] of model.entries) {
    if (entry.deadline <= model.time) {
      model.entries.delete(key);
      model.expiredSinceLastPurge++;
    }
  }
}

/**
 * After every command: every key reads as the model says, and `size` counts the live ones. Sweeps
 * first: an entry whose deadline rounds to the time it was set at (a tiny TTL at a large time) has
 * expired at once.
 */
function expectSameView(model: Model, real: Real, after: string): void {
  sweep(model);
  for (const key of model.keys) {
    expect(real.cache.get(key), `get(${JSON.stringify(key)}) at time ${model.time}, after ${after}`).toBe(model.entries.get(key)?.value);
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
  constructor(readonly key: string, readonly value: string, readonly ttl: number | undefined) {}
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
    return `set(${JSON.stringify(this.key)}, ${JSON.stringify(this.value)}${this.ttl === undefined ? '' : `, ${this.ttl}`})`;
  }
}

class DeleteCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
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
    return `delete(${JSON.stringify(this.key)})`;
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

const MAX_COMMANDS = 50;
const MAX_STEP = 12;
const MAX_TIME = meta.domain['now()'].max;

// Four distinct keys from the whole key domain; a start anywhere in the clock's range; TTLs from
// their whole domain and time steps from [0, 12] (small whole numbers are common in both, next to
// fractions such as 0.5 and 0.1, tiny and huge ones), so deadlines are hit exactly, just before
// and just after, and keys are replaced both while live and after they expired.
const scenario = fc
  .record({
    keys: fc.uniqueArray(stringsOf(meta.domain.key), { minLength: 4, maxLength: 4 }),
    start: numbersOf(meta.domain['now()'], { max: MAX_TIME - MAX_STEP * MAX_COMMANDS }),
    defaultTtl: numbersOf(meta.domain.ttlMs),
  })
  .chain((setup) => {
    const key = fc.constantFrom(...setup.keys);
    return fc
      .commands(
        [
          numbersOf(meta.domain['now()'], { max: MAX_STEP }).map((ms) => new AdvanceCommand(ms)),
          fc.tuple(key, fc.nat(99), fc.option(numbersOf(meta.domain.ttlMs), { nil: undefined })).map(
            ([k, v, ttl]) => new SetCommand(k, `v${v}`, ttl),
          ),
          key.map((k) => new DeleteCommand(k)),
          fc.constant(new PurgeCommand()),
        ],
        { maxCommands: MAX_COMMANDS, size: '+1' },
      )
      .map((cmds) => ({ ...setup, cmds }));
  });

describe('TTLCache examples', () => {
  // Stated rules (README): each expiry is counted once (the `delete` at 150 does not uncount `a`);
  // `delete` only sees live entries.
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

  // Stated rule (README): a replaced or deleted entry never expires.
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

  // Stated rule (README): each expiry is counted once, even when the entry was replaced since.
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

  // Stated rule (README): each expiry is counted once, even when a `get` has met it since.
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

  // Stated rule (README): a replaced or deleted entry never expires.
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

  // Stated rule (README): a refused TTL stores nothing.
  it('rejects a per-entry TTL that is not positive and finite, and stores nothing', () => {
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: fakeClock(0).now });
    for (const ttl of [0, -5, NaN, Infinity]) {
      expectRangeError(() => cache.set('k', 1, ttl), `the error thrown for set(k, 1, ${ttl})`);
    }
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('k', 1);
    expectRangeError(() => cache.set('k', 2, -5), 'the error thrown for set(k, 2, -5)');
    expect(cache.get('k'), 'the entry before the refused set is untouched').toBe(1);
  });

  // Stated rule (README): deadlines are computed in JavaScript numbers.
  it('computes deadlines in JavaScript numbers', () => {
    const clock = fakeClock(10 ** 12);
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: clock.now });
    cache.set('gone', 1, 0.00001);
    expect(cache.get('gone'), '10^12 + 0.00001 === 10^12: expired at once').toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.purgeExpired()).toBe(1);
    const small = fakeClock(0.1);
    const early = new TTLCache<string, number>({ ttlMs: 0.2, now: small.now });
    early.set('a', 1);
    small.time = 0.3;
    expect(early.get('a'), '0.1 + 0.2 is 0.30000000000000004, after 0.3').toBe(1);
    small.time = 0.1 + 0.2;
    expect(early.get('a')).toBeUndefined();
  });

  // Stated rule (README): every string is a key of its own, names of Object.prototype members included.
  it('treats every string as a key of its own, names of Object.prototype members included', () => {
    const cache = new TTLCache<string, number>({ ttlMs: 10, now: fakeClock(0).now });
    expect(cache.get('constructor')).toBeUndefined();
    expect(cache.get('toString')).toBeUndefined();
    expect(cache.delete('toString')).toBe(false);
    expect(cache.delete('constructor')).toBe(false);
    expect(cache.purgeExpired(), 'nothing was ever stored').toBe(0);
    cache.set('__proto__', 1);
    cache.set('constructor', 2);
    cache.set('', 3);
    expect(cache.size).toBe(3);
    expect([cache.get('__proto__'), cache.get('constructor'), cache.get(''), cache.get('hasOwnProperty')]).toEqual([1, 2, 3, undefined]);
    expect(cache.delete('__proto__')).toBe(true);
    expect(cache.size).toBe(2);
  });

  it('keeps times and TTLs past 2^31 and 2^32 ms', () => {
    for (const [start, ttl] of [[2 ** 31 - 1, 1], [2 ** 31, 2 ** 31], [2 ** 32, 5], [0, 2 ** 32 + 1]] as const) {
      const clock = fakeClock(start);
      const cache = new TTLCache<string, number>({ ttlMs: ttl, now: clock.now });
      cache.set('k', 1);
      clock.time = start + ttl - 1;
      expect(cache.get('k'), `set at ${start} with TTL ${ttl}, read at ${clock.time}`).toBe(1);
      clock.time = start + ttl;
      expect(cache.get('k'), `read at the deadline ${clock.time}`).toBeUndefined();
    }
  });
});

describe('TTLCache properties', () => {
  it.prop([scenario])(
    'behaves like a map of deadlines swept before every call, under any calls and clock moves',
    ({ keys, start, defaultTtl, cmds }) => {
      fc.modelRun(() => {
        const clock = fakeClock(start);
        return {
          model: { time: start, defaultTtl, keys, entries: new Map(), expiredSinceLastPurge: 0 },
          real: { clock, cache: new TTLCache<string, string>({ ttlMs: defaultTtl, now: clock.now }) },
        };
      }, cmds);
    },
  );

  it.prop([
    fc
      .tuple(numbersOf(meta.domain['now()']), numbersOf(meta.domain.ttlMs))
      .filter(([start, ttl]) => start + ttl <= MAX_TIME),
    fc.boolean(),
    stringsOf(meta.domain.key),
  ])('keeps an entry live until exactly its deadline, at any start time and any TTL', ([start, ttl], perEntry, key) => {
    const deadline = start + ttl;
    const clock = fakeClock(start);
    const cache = new TTLCache<string, string>({ ttlMs: perEntry ? 1 : ttl, now: clock.now });
    if (perEntry) cache.set(key, 'v', ttl);
    else cache.set(key, 'v');
    expect(cache.get(key), `at the time it was set, ${start}`).toBe(start < deadline ? 'v' : undefined);
    if (deadline - 1 > start) {
      clock.time = deadline - 1;
      expect(cache.get(key), `one ms before the deadline ${deadline}`).toBe('v');
    }
    clock.time = deadline;
    expect(cache.get(key), `at the deadline ${deadline}`).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.purgeExpired()).toBe(1);
  });

  it.prop([
    fc.array(
      fc.tuple(
        stringsOf(meta.domain.key),
        fc.record({ n: fc.oneof(fc.nat(), numbersOf(meta.domain['now()'])), tags: fc.array(fc.string(), { maxLength: 3 }) }),
      ),
      { maxLength: 20 },
    ),
  ])('neither copies nor modifies the values it stores', (pairs) => {
    const cache = new TTLCache<string, { n: number; tags: string[] }>({ ttlMs: 10, now: () => 0 });
    for (const [k, value] of pairs) {
      const before = structuredClone(value);
      Object.freeze(value.tags);
      Object.freeze(value);
      cache.set(k, value);
      expect(cache.get(k), 'get returns the very object that was set').toBe(value);
      expect(value).toEqual(before);
    }
  });
});
