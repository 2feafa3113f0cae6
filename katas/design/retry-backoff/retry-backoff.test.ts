import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { retry, RetryError } from './retry-backoff.ts';

type Options = Parameters<typeof retry>[1];

/** What one attempt does: resolve with a value, or reject with an error `retryIf` accepts or refuses. */
type Step = { ok: true; value: string } | { ok: false; error: unknown; retryable: boolean };

const succeed = (value: string): Step => ({ ok: true, value });
const fail = (error: unknown = new Error('transient')): Step => ({ ok: false, error, retryable: true });
const fatal = (error: unknown = new Error('permanent')): Step => ({ ok: false, error, retryable: false });

function isNotImplemented(error: unknown): boolean {
  return error instanceof Error && error.name === 'NotImplemented';
}

/**
 * A scripted operation plus recording `sleep` (resolves at once: tests never wait), `random`
 * (replays the given values, then 0.5) and `retryIf` (refuses the errors of `fatal` steps).
 * `log` records attempts and sleeps in the order they happened.
 */
function instrument(steps: readonly Step[], randoms: readonly number[] = []) {
  const log: string[] = [];
  const calls: number[] = [];
  const sleeps: number[] = [];
  const asked: unknown[] = [];
  let nextRandom = 0;
  const refused = new Set(steps.flatMap((s) => (!s.ok && !s.retryable ? [s.error] : [])));
  return {
    log,
    calls,
    sleeps,
    asked,
    randomCalls: () => nextRandom,
    operation: async (attempt: number): Promise<string> => {
      calls.push(attempt);
      log.push(`attempt ${attempt}`);
      const step = steps[attempt - 1];
      if (step === undefined) throw new Error(`attempt ${attempt} was never meant to happen`);
      if (step.ok) return step.value;
      throw step.error;
    },
    sleep: async (ms: number): Promise<void> => {
      sleeps.push(ms);
      log.push(`sleep ${ms}`);
    },
    random: (): number => (nextRandom < randoms.length ? randoms[nextRandom++]! : (nextRandom++, 0.5)),
    retryIf: (error: unknown): boolean => {
      asked.push(error);
      return !refused.has(error);
    },
  };
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Calls `retry` and waits for its promise. A synchronous throw is a failure of its own (the
 * contract says `retry` always returns a promise), except for an unfinished stub's
 * NotImplemented, which is rethrown so an untouched kata reports "not started".
 */
async function settle(start: () => Promise<unknown>): Promise<Settled> {
  let promise: Promise<unknown>;
  try {
    promise = start();
  } catch (error) {
    if (isNotImplemented(error)) throw error;
    throw new Error(`retry threw synchronously instead of returning a rejected promise: ${String(error)}`);
  }
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (isNotImplemented(error)) throw error;
    return { ok: false, error };
  }
}

function expectRetryError(settled: Settled, attempts: number, cause: unknown): void {
  expect(settled.ok, 'retry must reject').toBe(false);
  if (settled.ok) return;
  expect(settled.error, 'the rejection is a RetryError').toBeInstanceOf(RetryError);
  const error = settled.error as RetryError;
  expect(error.attempts, 'RetryError.attempts').toBe(attempts);
  expect(error.cause, 'RetryError.cause is the last error, the very object').toBe(cause);
}

/** Flushes pending promise callbacks without waiting for any timer. */
/**
 * Lets the solution run until `ready()` holds: 50 microtasks, then (a solution in its own process,
 * behind the harness's bridge, answers across processes) timer turns for at most a second.
 */
async function flushUntil(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
  for (const started = Date.now(); !ready() && Date.now() - started < 1_000;) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('retry examples', () => {
  it('sleeps 100, 200, 400 before attempts 2 to 4 and then gives up with the last error', async () => {
    const errors = [new Error('e1'), new Error('e2'), new Error('e3'), new Error('e4')];
    const t = instrument(errors.map((e) => fail(e)));
    const settled = await settle(() => retry(t.operation, { attempts: 4, baseDelayMs: 100, sleep: t.sleep, random: t.random }));
    expectRetryError(settled, 4, errors[3]);
    expect(t.log).toEqual(['attempt 1', 'sleep 100', 'attempt 2', 'sleep 200', 'attempt 3', 'sleep 400', 'attempt 4']);
  });

  // Stated rule (README): no sleep before the first attempt or after the last.
  it('makes one attempt and no sleep when attempts is 1', async () => {
    const error = new Error('only');
    const t = instrument([fail(error)]);
    const settled = await settle(() => retry(t.operation, { attempts: 1, baseDelayMs: 100, sleep: t.sleep, random: t.random }));
    expectRetryError(settled, 1, error);
    expect(t.log).toEqual(['attempt 1']);
  });

  it('resolves at once when the first attempt succeeds', async () => {
    const t = instrument([succeed('first')]);
    const settled = await settle(() => retry(t.operation, { attempts: 3, baseDelayMs: 100, sleep: t.sleep, random: t.random }));
    expect(settled).toEqual({ ok: true, value: 'first' });
    expect(t.log).toEqual(['attempt 1']);
  });

  it('resolves with the value as it is, numbers past 2^31 and fractions included', async () => {
    for (const value of [2 ** 32 + 0.5, -0, 2 ** 31, 0.1]) {
      const settled = await settle(() => retry(async () => value, { attempts: 2, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 }));
      expect(settled.ok, `resolves with ${value}`).toBe(true);
      expect(settled.ok && settled.value, 'the very value').toBe(value);
    }
  });

  it('keeps delays of 2^31 ms and more, and fractions of a millisecond', async () => {
    const t = instrument([fail(), fail(), fail(), fail()]);
    await settle(() => retry(t.operation, { attempts: 4, baseDelayMs: 2 ** 31, factor: 2.5, sleep: t.sleep, random: t.random }));
    expect(t.sleeps).toEqual([2 ** 31, 2 ** 31 * 2.5, 2 ** 31 * 6.25]);
    const u = instrument([fail(), fail(), fail()]);
    await settle(() => retry(u.operation, { attempts: 3, baseDelayMs: 0.5, factor: 1.5, maxDelayMs: 0.6, sleep: u.sleep, random: u.random }));
    expect(u.sleeps).toEqual([0.5, 0.6]);
  });

  it('resolves with the value of the first successful attempt, numbering attempts from 1', async () => {
    const t = instrument([fail(), fail(), succeed('ok'), succeed('too late')]);
    const settled = await settle(() => retry(t.operation, { attempts: 5, baseDelayMs: 100, sleep: t.sleep, random: t.random }));
    expect(settled).toEqual({ ok: true, value: 'ok' });
    expect(t.calls).toEqual([1, 2, 3]);
    expect(t.sleeps).toEqual([100, 200]);
  });

  it('caps the delay at maxDelayMs', async () => {
    const t = instrument([fail(), fail(), fail(), fail(), fail()]);
    await settle(() => retry(t.operation, { attempts: 5, baseDelayMs: 100, factor: 3, maxDelayMs: 500, sleep: t.sleep, random: t.random }));
    expect(t.sleeps).toEqual([100, 300, 500, 500]);
  });

  // Stated rule (README): one random() per delay, in order.
  it('spreads each delay by the jitter, one random() value per delay, in order', async () => {
    const t = instrument([fail(), fail(), fail(), fail()], [0, 0.5, 0.75]);
    await settle(() => retry(t.operation, { attempts: 4, baseDelayMs: 100, jitter: 0.5, sleep: t.sleep, random: t.random }));
    expect(t.sleeps, '100·(1 - 0.5), 200·1, 400·(1 + 0.25)').toEqual([50, 200, 500]);
    expect(t.randomCalls(), 'random() calls').toBe(3);
  });

  it('applies the cap before the jitter, so a jittered delay may exceed maxDelayMs', async () => {
    const t = instrument([fail(), fail(), fail()], [0.75, 0.75]);
    await settle(() => retry(t.operation, { attempts: 3, baseDelayMs: 100, maxDelayMs: 150, jitter: 0.25, sleep: t.sleep, random: t.random }));
    expect(t.sleeps, '100·1.125, then min(200, 150)·1.125').toEqual([112.5, 168.75]);
  });

  it('sleeps 0 ms every time with a zero base delay', async () => {
    const t = instrument([fail(), fail(), succeed('done')]);
    const settled = await settle(() => retry(t.operation, { attempts: 3, baseDelayMs: 0, sleep: t.sleep, random: t.random }));
    expect(settled).toEqual({ ok: true, value: 'done' });
    expect(t.sleeps).toEqual([0, 0]);
  });

  // Stated rule (README): retryIf is asked about every failure, before anything else.
  it('rethrows an error retryIf refuses, unchanged, without sleeping or retrying', async () => {
    const notFound = Object.assign(new Error('not found'), { status: 404 });
    const t = instrument([fatal(notFound), succeed('never')]);
    const settled = await settle(() =>
      retry(t.operation, { attempts: 5, baseDelayMs: 100, retryIf: t.retryIf, sleep: t.sleep, random: t.random }),
    );
    expect(settled.ok).toBe(false);
    expect(!settled.ok && settled.error, 'the very error object, not a wrapper').toBe(notFound);
    expect(t.log).toEqual(['attempt 1']);
    expect(t.asked).toEqual([notFound]);
  });

  it('retries the errors retryIf accepts and stops at the first it refuses', async () => {
    const timeout = new Error('timeout');
    const badRequest = new Error('bad request');
    const t = instrument([fail(timeout), fatal(badRequest), succeed('never')]);
    const settled = await settle(() =>
      retry(t.operation, { attempts: 5, baseDelayMs: 10, retryIf: t.retryIf, sleep: t.sleep, random: t.random }),
    );
    expect(!settled.ok && settled.error).toBe(badRequest);
    expect(t.log).toEqual(['attempt 1', 'sleep 10', 'attempt 2']);
    expect(t.asked[0], 'retryIf sees the first error').toBe(timeout);
    expect(t.asked[1], 'retryIf sees the second error').toBe(badRequest);
  });

  // Stated rule (README): retryIf is asked about every failure, the last one included.
  it('asks retryIf about the last failure too: a refused last error is rethrown as itself', async () => {
    const last = new Error('last');
    const t = instrument([fail(), fatal(last)]);
    const settled = await settle(() =>
      retry(t.operation, { attempts: 2, baseDelayMs: 10, retryIf: t.retryIf, sleep: t.sleep, random: t.random }),
    );
    expect(settled.ok).toBe(false);
    expect(!settled.ok && settled.error, 'not a RetryError').toBe(last);
  });

  it('keeps a rejection value that is not an Error as the cause', async () => {
    const t = instrument([fail('plain string'), fail({ code: 'ECONNRESET' })]);
    const settled = await settle(() => retry(t.operation, { attempts: 2, baseDelayMs: 1, sleep: t.sleep, random: t.random }));
    expect(settled.ok).toBe(false);
    expect(!settled.ok && settled.error).toBeInstanceOf(RetryError);
    expect(!settled.ok && (settled.error as RetryError).cause).toEqual({ code: 'ECONNRESET' });
  });

  // Stated rule (README): the next attempt waits for sleep.
  it('waits for the sleep to resolve before the next attempt', async () => {
    let wake: () => void = () => {};
    const sleeps: number[] = [];
    const calls: number[] = [];
    const promise = retry(
      async (attempt) => {
        calls.push(attempt);
        if (attempt === 1) throw new Error('first');
        return 'second';
      },
      { attempts: 2, baseDelayMs: 250, sleep: (ms) => new Promise<void>((resolve) => { sleeps.push(ms); wake = resolve; }), random: () => 0.5 },
    );
    const pending = settle(() => promise);
    await flushUntil(() => sleeps.length > 0);
    expect(sleeps, 'asleep after the first failure').toEqual([250]);
    expect(calls, 'no second attempt while the sleep is pending').toEqual([1]);
    wake();
    expect(await pending).toEqual({ ok: true, value: 'second' });
    expect(calls).toEqual([1, 2]);
  });

  it('works with the default sleep and random', async () => {
    let calls = 0;
    const settled = await settle(() =>
      retry(async () => {
        calls++;
        if (calls < 2) throw new Error('once');
        return 'fine';
      }, { attempts: 3, baseDelayMs: 0 }),
    );
    expect(settled).toEqual({ ok: true, value: 'fine' });
    expect(calls).toBe(2);
  });

  // Stated rule (README): retry never throws synchronously.
  it('rejects with RangeError, without calling the operation, unless attempts is a positive integer', async () => {
    for (const attempts of [0, -1, 1.5, NaN, Infinity]) {
      let called = false;
      const settled = await settle(() =>
        retry(async () => {
          called = true;
          return 'called';
        }, { attempts, baseDelayMs: 1, sleep: async () => {}, random: () => 0.5 }),
      );
      expect(settled.ok, `attempts ${attempts} must reject`).toBe(false);
      expect(!settled.ok && settled.error, `the rejection for attempts ${attempts}`).toBeInstanceOf(RangeError);
      expect(called, `operation called with attempts ${attempts}`).toBe(false);
    }
  });

  it('exports RetryError as an Error carrying attempts and cause', () => {
    const cause = new Error('root');
    const error = new RetryError(3, cause);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RetryError');
    expect(error.attempts).toBe(3);
    expect(error.cause).toBe(cause);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: the whole run (attempts, sleeps, outcome) against a direct transcription of the
// contract, with every option drawn from its whole domain (fractions, 0, tiny and huge values).
// Stated rule (README): delays are floating-point numbers, accepted within 10^-9 · capped + 10^-300
// of the formula, and the tests keep base · factor^(k-1) and factor^(k-1) at most 10^300.
// ---------------------------------------------------------------------------------------------
const LARGEST_GROWTH = 1e300;

/** Whether every uncapped delay before attempt `attempts` stays at most 10^300, as the README promises. */
function growthStaysFinite(attempts: number, baseDelayMs: number, factor: number): boolean {
  for (let k = 1; k < attempts; k++) {
    if (factor ** (k - 1) > LARGEST_GROWTH || baseDelayMs * factor ** (k - 1) > LARGEST_GROWTH) return false;
  }
  return true;
}

/** The delay the formula gives, written one way; the tests accept any other within the README's tolerance. */
function formulaDelay(k: number, baseDelayMs: number, factor: number, cap: number, jitter: number, random: number): { delay: number; capped: number } {
  let grown = baseDelayMs;
  for (let i = 1; i < k; i++) grown *= factor;
  const capped = Math.min(grown, cap);
  return { delay: capped * (1 + jitter * (2 * random - 1)), capped };
}

function expectDelay(actual: number, expected: { delay: number; capped: number }, what: string): void {
  const tolerance = 1e-9 * expected.capped + 1e-300;
  expect(Math.abs(actual - expected.delay), `${what}: ${actual} where the formula gives ${expected.delay}`).toBeLessThanOrEqual(tolerance);
}

const stepKind = fc.constantFrom('ok', 'fail', 'fail', 'fail', 'fatal');
const scenario = fc
  .record({
    attempts: numbersOf(meta.domain.attempts, { max: 6 }),
    baseDelayMs: numbersOf(meta.domain.baseDelayMs),
    factor: fc.option(numbersOf(meta.domain.factor), { nil: undefined }),
    maxDelayMs: fc.option(numbersOf(meta.domain.maxDelayMs), { nil: undefined }),
    jitter: fc.option(numbersOf(meta.domain.jitter), { nil: undefined }),
    randoms: fc.array(numbersOf(meta.domain['random()']), { minLength: 6, maxLength: 6 }),
    kinds: fc.array(stepKind, { minLength: 6, maxLength: 6 }),
    useRetryIf: fc.boolean(),
  })
  .filter((s) => growthStaysFinite(s.attempts, s.baseDelayMs, s.factor ?? 2));

describe('retry properties', () => {
  it.prop([scenario])('follows the contract: attempts, delay schedule, result', async (s) => {
    const steps: Step[] = s.kinds.map((kind, i) =>
      kind === 'ok' ? succeed(`value ${i + 1}`) : { ok: false, error: new Error(`error ${i + 1}`), retryable: kind === 'fail' || !s.useRetryIf },
    );
    const t = instrument(steps, s.randoms);
    const options: Options = { attempts: s.attempts, baseDelayMs: s.baseDelayMs, sleep: t.sleep, random: t.random };
    if (s.factor !== undefined) options.factor = s.factor;
    if (s.maxDelayMs !== undefined) options.maxDelayMs = s.maxDelayMs;
    if (s.jitter !== undefined) options.jitter = s.jitter;
    if (s.useRetryIf) options.retryIf = t.retryIf;

    // The contract, transcribed.
    const factor = s.factor ?? 2;
    const cap = s.maxDelayMs ?? Infinity;
    const jitter = s.jitter ?? 0;
    const expectedLog: string[] = [];
    const expectedDelays: { delay: number; capped: number }[] = [];
    let expected: { ok: true; value: string } | { ok: false; same: unknown } | { ok: false; retryCause: unknown } | undefined;
    for (let k = 1; expected === undefined; k++) {
      expectedLog.push(`attempt ${k}`);
      const step = steps[k - 1]!;
      if (step.ok) expected = { ok: true, value: step.value };
      else if (!step.retryable) expected = { ok: false, same: step.error };
      else if (k === s.attempts) expected = { ok: false, retryCause: step.error };
      else {
        expectedLog.push('sleep');
        expectedDelays.push(formulaDelay(k, s.baseDelayMs, factor, cap, jitter, s.randoms[k - 1]!));
      }
    }

    const settled = await settle(() => retry(t.operation, options));
    expect(t.log.map((entry) => (entry.startsWith('sleep') ? 'sleep' : entry)), 'attempts and sleeps, in order').toEqual(expectedLog);
    t.sleeps.forEach((delay, i) => expectDelay(delay, expectedDelays[i]!, `the sleep before attempt ${i + 2}`));
    if (expected.ok) expect(settled).toEqual(expected);
    else if ('same' in expected) {
      expect(settled.ok, 'rejects').toBe(false);
      expect(!settled.ok && settled.error, 'the refused error itself').toBe(expected.same);
    } else expectRetryError(settled, s.attempts, expected.retryCause);
  });

  it.prop([
    fc
      .record({
        attempts: numbersOf(meta.domain.attempts, { min: 2, max: 8 }),
        base: numbersOf(meta.domain.baseDelayMs),
        max: fc.option(numbersOf(meta.domain.maxDelayMs), { nil: undefined }),
        jitter: numbersOf(meta.domain.jitter),
        randoms: fc.array(numbersOf(meta.domain['random()']), { minLength: 8, maxLength: 8 }),
      })
      .filter(({ attempts, base }) => growthStaysFinite(attempts, base, 2)),
  ])('keeps every delay within [capped · (1 - jitter), capped · (1 + jitter)]', async ({ attempts, base, max, jitter, randoms }) => {
    const t = instrument(Array.from({ length: attempts }, () => fail()), randoms);
    const options: Options = { attempts, baseDelayMs: base, jitter, sleep: t.sleep, random: t.random };
    if (max !== undefined) options.maxDelayMs = max;
    await settle(() => retry(t.operation, options));
    expect(t.sleeps.length, 'one sleep between each two attempts').toBe(attempts - 1);
    t.sleeps.forEach((delay, i) => {
      const capped = Math.min(base * 2 ** i, max ?? Infinity);
      const slack = 1e-9 * capped + 1e-300;
      expect(delay, `delay ${i + 1} lower bound`).toBeGreaterThanOrEqual(capped * (1 - jitter) - slack);
      expect(delay, `delay ${i + 1} upper bound`).toBeLessThanOrEqual(capped * (1 + jitter) + slack);
    });
  });

  it.prop([numbersOf(meta.domain.attempts), fc.integer({ min: 0, max: 10 })])(
    'calls the operation once per attempt, with numbers 1, 2, 3, ..., until one succeeds',
    async (attempts, failures) => {
      const steps = [...Array.from({ length: failures }, () => fail()), succeed('yes')];
      const t = instrument(steps);
      const settled = await settle(() => retry(t.operation, { attempts, baseDelayMs: 5, sleep: t.sleep, random: t.random }));
      const made = Math.min(attempts, failures + 1);
      expect(t.calls).toEqual(Array.from({ length: made }, (_, i) => i + 1));
      expect(settled.ok, 'resolves iff a success came within the attempts').toBe(failures < attempts);
    },
  );
});
