import { defineKata } from '#kit';

export default defineKata({
  title: 'Retry with Backoff',
  difficulty: 'medium',
  target: { class: null },
  domain: {
    attempts: { kind: 'integer', min: 1, max: 100 },
    baseDelayMs: { kind: 'number', min: 0 },
    factor: { kind: 'number', min: 1 },
    maxDelayMs: { kind: 'number', min: 0 },
    jitter: { kind: 'number', min: 0, max: 1 },
    'random()': { kind: 'number', min: 0, max: 1 - 2 ** -53 },
  },
  hints: [
    'There is no complexity target here (the time is all in the sleeps): the kata is about getting the schedule, the error handling and the async control flow exactly right.',
    'Write a loop over `attempt = 1, 2, ...` with `try { return await operation(attempt); } catch (error) { ... }`. An `async function` turns every `throw` into a rejected promise, including the RangeError for bad `attempts`.',
    'In the catch block the order matters: first `if (!retryIf(error)) throw error;`, then `if (attempt === attempts) throw new RetryError(attempts, error);`, and only then compute the delay and `await sleep(delay)`.',
    'The delay before attempt k + 1 is `Math.min(baseDelayMs * factor ** (k - 1), maxDelayMs) * (1 + jitter * (2 * random() - 1))`: exponent k - 1 (the first delay is `baseDelayMs`), cap before jitter, one `random()` call per delay. Destructure the options with their defaults: factor 2, maxDelayMs Infinity, jitter 0, retryIf `() => true`, sleep via setTimeout, random `Math.random`.',
  ],
  notes: {
    asked: [
      'Interviewers ask for exponential backoff with jitter and then probe: why jitter (thundering herd), why a cap, which errors you retry, and whether the operation is safe to repeat (idempotency).',
      'Follow-ups: honour a Retry-After header; add a total deadline across all attempts; a retry budget or circuit breaker so retries do not amplify an outage; how you test it without sleeping (inject the clock and the randomness, as here).',
      'Be ready to explain the schedule: attempt k + 1 waits base · factor^(k-1), so with base 100 ms and factor 2 the waits are 100, 200, 400, ...',
    ],
    traps: [
      'Sleeping after the final attempt, which delays the error for nothing.',
      'Wrapping a non-retryable error in RetryError, or retrying it anyway: callers need the original error to tell a 404 from an outage.',
      'Reporting the first error instead of the last as the cause.',
      'Off by one in the exponent, or applying the cap after the jitter.',
      'Calling `sleep` without awaiting it, so every attempt runs back to back.',
      'Retrying non-idempotent writes without an idempotency key, so one payment becomes two.',
    ],
    production: [
      'HTTP clients, database drivers, queue consumers and cloud SDKs all retry transient failures with capped exponential backoff and jitter.',
      'Retries are only safe for idempotent operations; APIs such as Stripe accept an idempotency key so a retried write is applied once.',
      'Retry at one layer only and bound the total with a retry budget or a circuit breaker: nested retries multiply the load on a failing service.',
    ],
  },
  noBruteForce:
    'There is nothing to speed up: the work is a handful of attempts and the time is spent in `sleep`. The kata checks the schedule and the error handling, so there is no slower version to compare with and no benchmark.',
});
