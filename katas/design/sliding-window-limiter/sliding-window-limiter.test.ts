import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { SlidingWindowLimiter } from './sliding-window-limiter.ts';

/** A clock the test moves by hand: the limiter reads `time` through `now`. */
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
    const inWindow = times.filter((s) => model.time - model.windowMs < s && s <= model.time);
    const expected = inWindow.length < model.limit;
    if (expected) model.allowed.set(this.key, [...times, model.time]);
    expect(
      real.limiter.allow(this.key),
      `${this} at time ${model.time}; allowed requests of '${this.key}' in the window: [${inWindow.join(', ')}]`,
    ).toBe(expected);
  }
  toString(): string {
    return `allow('${this.key}')`;
  }
}

// Steps up to a little more than the largest window, so requests land inside, exactly on and
// past the window edge; several requests per millisecond are common (step 0).
const commands = fc.commands(
  [
    fc.integer({ min: 0, max: 12 }).map((ms) => new AdvanceCommand(ms)),
    fc.constantFrom('a', 'b').map((key) => new AllowCommand(key)),
    fc.constant(new AllowCommand('a')),
  ],
  { maxCommands: 60, size: '+1' },
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

  it('works with the default clock', () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 3_600_000 });
    expect([limiter.allow('k'), limiter.allow('k'), limiter.allow('k')]).toEqual([true, true, false]);
  });
});

describe('SlidingWindowLimiter properties', () => {
  it.prop([fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 10 }), commands])(
    'allows exactly the requests that find fewer than `limit` allowed ones in the window',
    (start, limit, windowMs, cmds) => {
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
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 50 }),
    fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 80 }),
  ])('never has more than `limit` allowed requests in any window', (limit, windowMs, waits) => {
    const clock = fakeClock(0);
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
