import { describe, expect } from 'vitest';
import { TokenBucket } from './token-bucket.ts';
import { expectRangeError, fc, it } from '#kit/testing';

/** A clock the test moves by hand: the limiter reads `time` through `now`. */
function fakeClock(start = 0): { time: number; now: () => number } {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

/** Token counts are real numbers: equal to within 10^-6. */
function expectTokens(actual: number, expected: number, what: string): void {
  expect(actual, what).toBeCloseTo(expected, 6);
}

// ---------------------------------------------------------------------------------------------
// Model: every key's token count, refilled EAGERLY on every clock move (the definition of a
// continuous refill), where the system under test refills lazily on access. A key the model has
// never seen is full.
// ---------------------------------------------------------------------------------------------
interface Model {
  time: number;
  capacity: number;
  rate: number;
  tokens: Map<string, number>;
}
interface Real {
  clock: { time: number };
  bucket: TokenBucket;
}

const KEYS = ['a', 'b', 'c'];

function modelTokens(model: Model, key: string): number {
  return model.tokens.get(key) ?? model.capacity;
}

/** After every command: `tokens(key)` agrees with the model for every key. */
function expectSameTokens(model: Model, real: Real, after: string): void {
  for (const key of KEYS) {
    expectTokens(real.bucket.tokens(key), modelTokens(model, key), `tokens('${key}') at time ${model.time}, after ${after}`);
  }
}

class AdvanceCommand implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    model.time += this.ms;
    real.clock.time += this.ms;
    for (const [key, tokens] of model.tokens) {
      model.tokens.set(key, Math.min(model.capacity, tokens + (this.ms * model.rate) / 1000));
    }
    expectSameTokens(model, real, `${this}`);
  }
  toString(): string {
    return `advance(${this.ms})`;
  }
}

class TakeCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string, readonly cost: number | undefined) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const cost = this.cost ?? 1;
    const available = modelTokens(model, this.key);
    const taken = this.cost === undefined ? real.bucket.tryTake(this.key) : real.bucket.tryTake(this.key, this.cost);
    // Within rounding of an exact tie either answer is right; the model follows the system.
    const tie = Math.abs(available - cost) <= 1e-9 * Math.max(1, cost);
    if (!tie) expect(taken, `${this} with ${available} tokens at time ${model.time}`).toBe(available >= cost);
    if (taken) model.tokens.set(this.key, Math.max(0, available - cost));
    else model.tokens.set(this.key, available);
    expectSameTokens(model, real, `${this}`);
  }
  toString(): string {
    return `tryTake('${this.key}'${this.cost === undefined ? '' : `, ${this.cost}`})`;
  }
}

// Capacities 1 to 5 against these costs: costs below, equal to and above capacity all occur.
// Clock moves are either long (refill whole tokens) or a few ms (fractions of a token).
const commands = fc.commands(
  [
    fc.integer({ min: 0, max: 1500 }).map((ms) => new AdvanceCommand(ms)),
    fc.integer({ min: 0, max: 3 }).map((ms) => new AdvanceCommand(ms)),
    fc
      .tuple(fc.constantFrom(...KEYS), fc.option(fc.constantFrom(0.5, 1, 2, 2.5, 3, 5, 6), { nil: undefined }))
      .map(([key, cost]) => new TakeCommand(key, cost)),
  ],
  { maxCommands: 50, size: '+1' },
);

describe('TokenBucket examples', () => {
  it('walks through the README example', () => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity: 3, refillPerSecond: 1, now: clock.now });
    expect(limiter.tokens('u'), 'a new key starts full').toBe(3);
    expect(limiter.tryTake('u')).toBe(true);
    expect(limiter.tokens('u')).toBe(2);
    expect(limiter.tryTake('u', 2)).toBe(true);
    expect(limiter.tryTake('u'), 'the bucket is empty').toBe(false);
    clock.time = 500;
    expectTokens(limiter.tokens('u'), 0.5, 'half a second refills half a token');
    expect(limiter.tryTake('u')).toBe(false);
    expectTokens(limiter.tokens('u'), 0.5, 'a refused request takes nothing');
    clock.time = 1000;
    expect(limiter.tryTake('u'), 'one full token after one second').toBe(true);
    expectTokens(limiter.tokens('u'), 0, 'after taking the refilled token');
    clock.time = 10_000;
    expect(limiter.tokens('u'), 'refill stops at capacity').toBe(3);
    expect(limiter.tryTake('u', 4), 'a cost above capacity never succeeds').toBe(false);
    expect(limiter.tokens('u')).toBe(3);
    expect(limiter.tokens('v'), 'another key has its own full bucket').toBe(3);
  });

  it('lets a new key take exactly its capacity at once, and no more', () => {
    const limiter = new TokenBucket({ capacity: 5, refillPerSecond: 1, now: fakeClock(42).now });
    expect(limiter.tryTake('k', 5)).toBe(true);
    expect(limiter.tryTake('k', 0.5)).toBe(false);
    expect(limiter.tokens('k')).toBe(0);
  });

  it('takes one token by default', () => {
    const limiter = new TokenBucket({ capacity: 2, refillPerSecond: 1, now: fakeClock(0).now });
    expect(limiter.tryTake('k')).toBe(true);
    expect(limiter.tokens('k')).toBe(1);
    expect(limiter.tryTake('k')).toBe(true);
    expect(limiter.tryTake('k')).toBe(false);
  });

  it('keeps keys independent', () => {
    const limiter = new TokenBucket({ capacity: 1, refillPerSecond: 1, now: fakeClock(0).now });
    expect(limiter.tryTake('alice')).toBe(true);
    expect(limiter.tryTake('alice')).toBe(false);
    expect(limiter.tryTake('bob'), 'bob has his own bucket').toBe(true);
  });

  it('takes fractional costs', () => {
    const limiter = new TokenBucket({ capacity: 1, refillPerSecond: 1, now: fakeClock(0).now });
    expect(limiter.tryTake('k', 0.5)).toBe(true);
    expect(limiter.tryTake('k', 0.5)).toBe(true);
    expect(limiter.tryTake('k', 0.5)).toBe(false);
  });

  it('refills at the rate per second, reading the clock in milliseconds', () => {
    const clock = fakeClock(1_000_000);
    const limiter = new TokenBucket({ capacity: 10, refillPerSecond: 4, now: clock.now });
    expect(limiter.tryTake('k', 10)).toBe(true);
    clock.time += 250;
    expectTokens(limiter.tokens('k'), 1, '250 ms at 4 per second');
    clock.time += 1000;
    expectTokens(limiter.tokens('k'), 5, '1250 ms at 4 per second');
    expect(limiter.tryTake('k', 5)).toBe(true);
    expect(limiter.tryTake('k', 0.01)).toBe(false);
  });

  it('does not count the same elapsed time twice when asked repeatedly', () => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity: 10, refillPerSecond: 1, now: clock.now });
    expect(limiter.tryTake('k', 10)).toBe(true);
    clock.time = 1000;
    expect(limiter.tryTake('k', 2), 'only one token so far').toBe(false);
    expect(limiter.tryTake('k', 2), 'still only one token').toBe(false);
    expectTokens(limiter.tokens('k'), 1, 'one second, one token');
    expect(limiter.tryTake('k', 1)).toBe(true);
    expect(limiter.tryTake('k', 1)).toBe(false);
  });

  it('does not build up more than capacity while idle', () => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity: 2, refillPerSecond: 100, now: clock.now });
    expect(limiter.tryTake('k', 1)).toBe(true);
    clock.time = 60_000;
    expect(limiter.tokens('k')).toBe(2);
    expect(limiter.tryTake('k', 2)).toBe(true);
    expect(limiter.tryTake('k', 1)).toBe(false);
  });

  it('works with the default clock', () => {
    const limiter = new TokenBucket({ capacity: 2, refillPerSecond: 0.001 });
    expect(limiter.tryTake('k')).toBe(true);
    expect(limiter.tryTake('k')).toBe(true);
    expect(limiter.tryTake('k'), 'a token takes 1000 s to come back').toBe(false);
  });

  it('rejects a capacity or refill rate that is zero or negative', () => {
    for (const capacity of [0, -1]) {
      expectRangeError(() => new TokenBucket({ capacity, refillPerSecond: 1, now: () => 0 }), `the error thrown for capacity ${capacity}`);
    }
    for (const refillPerSecond of [0, -2]) {
      expectRangeError(() => new TokenBucket({ capacity: 1, refillPerSecond, now: () => 0 }), `the error thrown for refillPerSecond ${refillPerSecond}`);
    }
  });

  it('rejects a cost that is zero or negative, and takes nothing', () => {
    const limiter = new TokenBucket({ capacity: 3, refillPerSecond: 1, now: fakeClock(0).now });
    for (const cost of [0, -1]) expectRangeError(() => limiter.tryTake('k', cost), `the error thrown for cost ${cost}`);
    expect(limiter.tokens('k')).toBe(3);
  });
});

describe('TokenBucket properties', () => {
  it.prop([fc.integer({ min: 0, max: 10 ** 9 }), fc.constantFrom(1, 2, 3, 5, 2.5), fc.constantFrom(0.5, 1, 2, 10, 1000), commands])(
    'behaves like buckets refilled on every clock move, under any requests and clock moves',
    (start, capacity, rate, cmds) => {
      fc.modelRun(() => {
        const clock = fakeClock(start);
        return {
          model: { time: start, capacity, rate, tokens: new Map() },
          real: { clock, bucket: new TokenBucket({ capacity, refillPerSecond: rate, now: clock.now }) },
        };
      }, cmds);
    },
  );

  it.prop([
    fc.integer({ min: 1, max: 5 }),
    fc.constantFrom(1, 2, 5),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), fc.constantFrom(0.5, 1, 2)), { maxLength: 60 }),
  ])('never lets through more than capacity plus what the elapsed time refilled', (capacity, rate, requests) => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity, refillPerSecond: rate, now: clock.now });
    let granted = 0;
    for (const [wait, cost] of requests) {
      clock.time += wait;
      if (limiter.tryTake('k', cost)) granted += cost;
      expect(granted, `tokens granted by time ${clock.time}`).toBeLessThanOrEqual(capacity + (clock.time * rate) / 1000 + 1e-9);
    }
  });

  it.prop([fc.integer({ min: 1, max: 5 }), fc.constantFrom(1, 2, 4, 8), fc.integer({ min: 1, max: 40 })])(
    'serves a client that paces itself at the refill rate every time',
    (capacity, rate, count) => {
      const clock = fakeClock(0);
      const limiter = new TokenBucket({ capacity, refillPerSecond: rate, now: clock.now });
      for (let i = 0; i < capacity; i++) expect(limiter.tryTake('k'), `burst request ${i}`).toBe(true);
      for (let i = 0; i < count; i++) {
        clock.time += 1000 / rate;
        expect(limiter.tryTake('k'), `paced request ${i} at time ${clock.time}`).toBe(true);
      }
    },
  );
});
