import { describe, expect } from 'vitest';
import { TokenBucket } from './token-bucket.ts';
import { expectRangeError, fc, it, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';

/**
 * A clock the test moves by hand: the limiter reads `time` through `now`. Stated rule (README): the
 * clock never goes backwards, so no test ever moves `time` back.
 */
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
  /** The keys the run uses (every one is checked after every command, seen or not). */
  keys: readonly string[];
  tokens: Map<string, number>;
}
interface Real {
  clock: { time: number };
  bucket: TokenBucket;
}

function modelTokens(model: Model, key: string): number {
  return model.tokens.get(key) ?? model.capacity;
}

/** After every command: `tokens(key)` agrees with the model for every key. */
function expectSameTokens(model: Model, real: Real, after: string): void {
  for (const key of model.keys) {
    expectTokens(real.bucket.tokens(key), modelTokens(model, key), `tokens(${JSON.stringify(key)}) at time ${model.time}, after ${after}`);
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
    // Stated rule (README): exactly enough is enough. Within rounding of an exact tie either
    // answer is right; the model follows the system.
    const tie = Math.abs(available - cost) <= 1e-9 * Math.max(1, cost);
    if (!tie) expect(taken, `${this} with ${available} tokens at time ${model.time}`).toBe(available >= cost);
    if (taken) model.tokens.set(this.key, Math.max(0, available - cost));
    else model.tokens.set(this.key, available);
    expectSameTokens(model, real, `${this}`);
  }
  toString(): string {
    return `tryTake(${JSON.stringify(this.key)}${this.cost === undefined ? '' : `, ${this.cost}`})`;
  }
}

const MAX_COMMANDS = 50;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// Three distinct keys from the whole key domain; capacity, rate and costs from their whole domains
// (small whole numbers are common, so costs below, equal to and above capacity all occur, next to
// fractions, tiny and huge values); a start anywhere in the clock's range, past 2^31 and 2^32 too.
// Clock moves are either long (refill whole tokens at small rates) or a few ms (fractions of a token).
const scenario = fc
  .record({
    keys: fc.uniqueArray(stringsOf(meta.domain.key), { minLength: 3, maxLength: 3 }),
    start: numbersOf(meta.domain['now()'], { max: MAX_SAFE - 1500 * MAX_COMMANDS }),
    capacity: numbersOf(meta.domain.capacity),
    rate: numbersOf(meta.domain.refillPerSecond),
  })
  .chain((setup) =>
    fc
      .commands(
        [
          fc.integer({ min: 0, max: 1500 }).map((ms) => new AdvanceCommand(ms)),
          fc.integer({ min: 0, max: 3 }).map((ms) => new AdvanceCommand(ms)),
          fc
            .tuple(fc.constantFrom(...setup.keys), fc.option(numbersOf(meta.domain.cost), { nil: undefined }))
            .map(([key, cost]) => new TakeCommand(key, cost)),
        ],
        { maxCommands: MAX_COMMANDS, size: '+1' },
      )
      .map((cmds) => ({ ...setup, cmds })),
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

  // Stated rule (README): exactly enough is enough.
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

  // Stated rule (README): every string is a key of its own, with its own full bucket.
  it('treats every string as a key of its own, names of Object.prototype members included', () => {
    const limiter = new TokenBucket({ capacity: 1, refillPerSecond: 1, now: fakeClock(0).now });
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) {
      expect(limiter.tokens(key), `tokens(${JSON.stringify(key)}) on a new key`).toBe(1);
    }
    expect(limiter.tryTake('__proto__')).toBe(true);
    expect(limiter.tryTake('constructor')).toBe(true);
    expect(limiter.tokens('__proto__')).toBe(0);
    expect(limiter.tokens('constructor')).toBe(0);
    expect(limiter.tokens('toString'), 'an untouched key is still full').toBe(1);
    expect(limiter.tryTake('__proto__'), 'the __proto__ bucket is empty').toBe(false);
    expect(limiter.tryTake(''), 'the empty string is a key too').toBe(true);
  });

  // Stated rule (README): tokens(key) only looks.
  it('does not change anything when asked for the tokens', () => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity: 2, refillPerSecond: 1, now: clock.now });
    for (let i = 0; i < 10; i++) expect(limiter.tokens('u'), 'a new key is full').toBe(2);
    expect(limiter.tryTake('u', 2), 'the bucket is still full').toBe(true);
    clock.time = 500;
    for (let i = 0; i < 10; i++) expectTokens(limiter.tokens('u'), 0.5, 'half a token');
    clock.time = 1000;
    expect(limiter.tryTake('u', 1), 'exactly one token after one second').toBe(true);
    expect(limiter.tryTake('u', 0.001)).toBe(false);
  });

  it('keeps times past 2^31 and 2^32 ms, and near 2^53', () => {
    for (const start of [2 ** 31 - 1, 2 ** 31, 2 ** 32, MAX_SAFE - 10_000]) {
      const clock = fakeClock(start);
      const limiter = new TokenBucket({ capacity: 1, refillPerSecond: 1, now: clock.now });
      expect(limiter.tryTake('k'), `first take at ${start}`).toBe(true);
      expect(limiter.tryTake('k'), `second take at ${start}`).toBe(false);
      clock.time = start + 1;
      expect(limiter.tryTake('k'), `at ${start + 1}`).toBe(false);
      expectTokens(limiter.tokens('k'), 0.001, `tokens at ${start + 1}`);
      clock.time = start + 1000;
      expect(limiter.tryTake('k'), `at ${start + 1000}, one token is back`).toBe(true);
    }
  });

  it('keeps fractions of a token at times near 2^53 ms', () => {
    const clock = fakeClock(2 ** 53 - 2 ** 20);
    const limiter = new TokenBucket({ capacity: 1, refillPerSecond: 3, now: clock.now });
    expect(limiter.tryTake('k')).toBe(true);
    expectTokens(limiter.tokens('k'), 0, 'the one token was taken');
    clock.time += 100;
    expectTokens(limiter.tokens('k'), 0.3, '100 ms at 3 per second');
    expect(limiter.tryTake('k', 0.25)).toBe(true);
    clock.time += 10;
    expectTokens(limiter.tokens('k'), 0.08, '0.05 left, and 10 ms at 3 per second');
  });

  it('refills at tiny rates without overflowing', () => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity: 1, refillPerSecond: Number.MIN_VALUE, now: clock.now });
    expect(limiter.tryTake('k')).toBe(true);
    expect(limiter.tryTake('k'), 'nothing has come back').toBe(false);
    clock.time = 10 ** 6;
    expect(limiter.tryTake('k'), 'still nothing after 1000 s').toBe(false);
    expect(limiter.tokens('k')).toBe(0);
  });

  it('keeps capacity, rate and cost as large as 10^6 and as small as fractions', () => {
    const clock = fakeClock(0);
    const limiter = new TokenBucket({ capacity: 10 ** 6, refillPerSecond: 10 ** 6, now: clock.now });
    expect(limiter.tryTake('k', 10 ** 6)).toBe(true);
    clock.time = 1;
    expectTokens(limiter.tokens('k'), 1000, '1 ms at 10^6 per second');
    const tiny = new TokenBucket({ capacity: 0.75, refillPerSecond: 0.25, now: clock.now });
    expect(tiny.tryTake('k', 0.5)).toBe(true);
    expectTokens(tiny.tokens('k'), 0.25, 'a quarter left');
    clock.time = 1001;
    expectTokens(tiny.tokens('k'), 0.5, 'a second at 0.25 per second');
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

  // Stated rule (README): a bad cost takes nothing.
  it('rejects a cost that is zero or negative, and takes nothing', () => {
    const limiter = new TokenBucket({ capacity: 3, refillPerSecond: 1, now: fakeClock(0).now });
    for (const cost of [0, -1]) expectRangeError(() => limiter.tryTake('k', cost), `the error thrown for cost ${cost}`);
    expect(limiter.tokens('k')).toBe(3);
  });
});

describe('TokenBucket properties', () => {
  it.prop([scenario])(
    'behaves like buckets refilled on every clock move, under any requests and clock moves',
    ({ keys, start, capacity, rate, cmds }) => {
      fc.modelRun(() => {
        const clock = fakeClock(start);
        return {
          model: { time: start, capacity, rate, keys, tokens: new Map() },
          real: { clock, bucket: new TokenBucket({ capacity, refillPerSecond: rate, now: clock.now }) },
        };
      }, cmds);
    },
  );

  it.prop([
    numbersOf(meta.domain['now()'], { max: MAX_SAFE - 700 * 60 }),
    numbersOf(meta.domain.capacity),
    numbersOf(meta.domain.refillPerSecond),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), numbersOf(meta.domain.cost)), { maxLength: 60 }),
  ])('never lets through more than capacity plus what the elapsed time refilled', (start, capacity, rate, requests) => {
    const clock = fakeClock(start);
    const limiter = new TokenBucket({ capacity, refillPerSecond: rate, now: clock.now });
    let granted = 0;
    for (const [wait, cost] of requests) {
      clock.time += wait;
      if (limiter.tryTake('k', cost)) granted += cost;
      const bound = capacity + ((clock.time - start) * rate) / 1000;
      expect(granted, `tokens granted by time ${clock.time}`).toBeLessThanOrEqual(bound + 1e-9 * Math.max(1, bound));
    }
  });

  it.prop([numbersOf(meta.domain.capacity, { min: 1, max: 40 }), fc.constantFrom(1, 2, 4, 8), fc.integer({ min: 1, max: 40 })])(
    'serves a client that paces itself at the refill rate every time',
    (capacity, rate, count) => {
      const clock = fakeClock(0);
      const limiter = new TokenBucket({ capacity, refillPerSecond: rate, now: clock.now });
      for (let i = 0; i < Math.floor(capacity); i++) expect(limiter.tryTake('k'), `burst request ${i}`).toBe(true);
      for (let i = 0; i < count; i++) {
        clock.time += 1000 / rate;
        expect(limiter.tryTake('k'), `paced request ${i} at time ${clock.time}`).toBe(true);
      }
    },
  );
});
