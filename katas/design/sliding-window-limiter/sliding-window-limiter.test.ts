import { describe, expect } from 'vitest';
import { fc, it, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';
import { SlidingWindowLimiter } from './sliding-window-limiter.ts';

/**
 * A clock the test moves by hand: the limiter reads `time` through `now`. Stated rule (README): the
 * clock never goes backwards, so no test ever moves `time` back.
 */
function fakeClock(start = 0): { time: number; now: () => number } {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

// ---------------------------------------------------------------------------------------------
// Model: every allowed timestamp ever, per key, counted afresh on each request. Quadratic, and
// a direct transcription of the contract.
// ---------------------------------------------------------------------------------------------
interface Model {
  time: number;
  limit: number;
  windowMs: number;
  allowed: Map<string, number[]>;
}
interface Real {
  clock: { time: number };
  limiter: SlidingWindowLimiter;
}

class AdvanceCommand implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    model.time += this.ms;
    real.clock.time += this.ms;
  }
  toString(): string {
    return `advance(${this.ms})`;
  }
}

class AllowCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const times = model.allowed.get(this.key) ?? [];
    // Stated rule (README): the window edge `t - windowMs` is computed in JavaScript numbers.
    const inWindow = times.filter((s) => model.time - model.windowMs < s && s <= model.time);
    const expected = inWindow.length < model.limit;
    if (expected) model.allowed.set(this.key, [...times, model.time]);
    expect(
      real.limiter.allow(this.key),
      `${this} at time ${model.time}; allowed requests of ${JSON.stringify(this.key)} in the window: [${inWindow.join(', ')}]`,
    ).toBe(expected);
  }
  toString(): string {
    return `allow(${JSON.stringify(this.key)})`;
  }
}

const MAX_STEP = 12;
const MAX_COMMANDS = 60;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// Two distinct keys from the whole key domain (`__proto__`, `constructor`, '' and lone surrogates
// included), a start anywhere in the clock's range (past 2^31 and 2^32 too, leaving room for the
// steps), and limits and windows from their whole domains: small ones are common, so requests
// land inside, exactly on and past the window edge, with several requests per millisecond
// (step 0); fractional windows and windows too long to ever slide occur as well.
const scenario = fc
  .record({
    keys: fc.uniqueArray(stringsOf(meta.domain.key), { minLength: 2, maxLength: 2 }),
    start: numbersOf(meta.domain['now()'], { max: MAX_SAFE - MAX_STEP * MAX_COMMANDS }),
    limit: numbersOf(meta.domain.limit),
    windowMs: numbersOf(meta.domain.windowMs),
  })
  .chain((setup) =>
    fc
      .commands(
        [
          fc.integer({ min: 0, max: MAX_STEP }).map((ms) => new AdvanceCommand(ms)),
          fc.constantFrom(...setup.keys).map((key) => new AllowCommand(key)),
          fc.constant(new AllowCommand(setup.keys[0]!)),
        ],
        { maxCommands: MAX_COMMANDS, size: '+1' },
      )
      .map((cmds) => ({ ...setup, cmds })),
  );

describe('SlidingWindowLimiter examples', () => {
  it('walks through the README example', () => {
    const clock = fakeClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    expect(limiter.allow('a')).toBe(true);
    expect(limiter.allow('a')).toBe(true);
    expect(limiter.allow('b'), 'key b has its own window').toBe(true);
    clock.time = 500;
    expect(limiter.allow('a')).toBe(false);
    clock.time = 999;
    expect(limiter.allow('a'), 'the refused request at 500 does not count, but 0 and 0 still do').toBe(false);
    clock.time = 1000;
    expect(limiter.allow('a'), 'requests at 0 left the window at exactly 1000').toBe(true);
    clock.time = 1500;
    expect(limiter.allow('a')).toBe(true);
    clock.time = 1999;
    expect(limiter.allow('a')).toBe(false);
    clock.time = 2000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('allows one request per millisecond with limit 1 and a 1 ms window', () => {
    const clock = fakeClock(10);
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1, now: clock.now });
    expect(limiter.allow('k')).toBe(true);
    expect(limiter.allow('k'), 'same millisecond').toBe(false);
    clock.time = 11;
    expect(limiter.allow('k')).toBe(true);
    expect(limiter.allow('k')).toBe(false);
  });

  it('counts requests made at the same millisecond together', () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 100, now: () => 5 });
    expect([limiter.allow('k'), limiter.allow('k'), limiter.allow('k'), limiter.allow('k')]).toEqual([true, true, true, false]);
  });

  it('lets a client that kept retrying back in as soon as its allowed requests leave the window', () => {
    const clock = fakeClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000, now: clock.now });
    expect(limiter.allow('k')).toBe(true);
    clock.time = 1;
    expect(limiter.allow('k')).toBe(true);
    for (let t = 2; t < 1000; t++) {
      clock.time = t;
      expect(limiter.allow('k'), `retry at ${t}`).toBe(false);
    }
    clock.time = 1000;
    expect(limiter.allow('k'), 'the request at 0 has left; the 998 refusals never counted').toBe(true);
    expect(limiter.allow('k'), 'the request at 1 is still in the window').toBe(false);
    clock.time = 1001;
    expect(limiter.allow('k')).toBe(true);
  });

  it('slides instead of resetting on multiples of the window', () => {
    const clock = fakeClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 100, now: clock.now });
    clock.time = 90;
    expect(limiter.allow('k')).toBe(true);
    expect(limiter.allow('k')).toBe(true);
    clock.time = 110;
    expect(limiter.allow('k'), 'both requests at 90 are still within the last 100 ms').toBe(false);
    clock.time = 190;
    expect(limiter.allow('k')).toBe(true);
  });

  it('keeps keys independent', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000, now: () => 0 });
    expect(limiter.allow('alice')).toBe(true);
    expect(limiter.allow('alice')).toBe(false);
    expect(limiter.allow('bob')).toBe(true);
    expect(limiter.allow('bob')).toBe(false);
  });

  // Stated rule (README): every string is a key of its own, '', '__proto__' and 'constructor' included.
  it('treats every string as a key of its own, names of Object.prototype members included', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000, now: () => 0 });
    expect(limiter.allow('__proto__')).toBe(true);
    expect(limiter.allow('constructor')).toBe(true);
    expect(limiter.allow('')).toBe(true);
    expect(limiter.allow('toString')).toBe(true);
    expect(limiter.allow('__proto__'), 'the key __proto__ has used its one request').toBe(false);
    expect(limiter.allow('constructor')).toBe(false);
    expect(limiter.allow('hasOwnProperty'), 'yet another key').toBe(true);
  });

  // Stated rule (README): the window edge `t - windowMs` is computed in JavaScript numbers.
  it('computes the window edge in JavaScript numbers', () => {
    const clock = fakeClock(999_999);
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1.0000000000000002, now: clock.now });
    expect(limiter.allow('k')).toBe(true);
    clock.time = 1_000_000;
    expect(limiter.allow('k'), '1000000 - 1.0000000000000002 === 999999: the request at 999999 has left').toBe(true);
    expect(limiter.allow('k')).toBe(false);
  });

  it('keeps fractional windows', () => {
    const clock = fakeClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 2.5, now: clock.now });
    expect(limiter.allow('k')).toBe(true);
    clock.time = 2;
    expect(limiter.allow('k'), '2 - 2.5 < 0: still in the window').toBe(false);
    clock.time = 3;
    expect(limiter.allow('k')).toBe(true);
  });

  it('keeps times past 2^31 and 2^32 ms, and near 2^53', () => {
    for (const start of [2 ** 31 - 1, 2 ** 31, 2 ** 32, MAX_SAFE - 2000]) {
      const clock = fakeClock(start);
      const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000, now: clock.now });
      expect(limiter.allow('k'), `first request at ${start}`).toBe(true);
      clock.time = start + 1;
      expect(limiter.allow('k'), `second request at ${start + 1}`).toBe(false);
      clock.time = start + 999;
      expect(limiter.allow('k'), `at ${start + 999}`).toBe(false);
      clock.time = start + 1000;
      expect(limiter.allow('k'), `at ${start + 1000}, the first one has left`).toBe(true);
    }
  });

  it('works with the default clock', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 3_600_000 });
    expect([limiter.allow('k'), limiter.allow('k'), limiter.allow('k')]).toEqual([true, true, false]);
  });
});

describe('SlidingWindowLimiter properties', () => {
  it.prop([scenario])(
    'allows exactly the requests that find fewer than `limit` allowed ones in the window',
    ({ start, limit, windowMs, cmds }) => {
      fc.modelRun(() => {
        const clock = fakeClock(start);
        return {
          model: { time: start, limit, windowMs, allowed: new Map() },
          real: { clock, limiter: new SlidingWindowLimiter({ limit, windowMs, now: clock.now }) },
        };
      }, cmds);
    },
  );

  it.prop([
    numbersOf(meta.domain['now()'], { max: MAX_SAFE - 30 * 80 }),
    numbersOf(meta.domain.limit),
    numbersOf(meta.domain.windowMs),
    fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 80 }),
  ])('never has more than `limit` allowed requests in any window', (start, limit, windowMs, waits) => {
    const clock = fakeClock(start);
    const limiter = new SlidingWindowLimiter({ limit, windowMs, now: clock.now });
    const allowed: number[] = [];
    for (const wait of waits) {
      clock.time += wait;
      if (limiter.allow('k')) allowed.push(clock.time);
    }
    for (const end of allowed) {
      const inWindow = allowed.filter((s) => end - windowMs < s && s <= end).length;
      expect(inWindow, `allowed requests in (${end - windowMs}, ${end}]`).toBeLessThanOrEqual(limit);
    }
  });
});
