/**
 * Retry with Backoff: retry a failing async operation with capped exponential backoff and jitter.
 * Read README.md for the rules and examples; run `npx kata check retry-backoff` to test.
 */
import { NotImplemented } from '#kit';

/**
 * What `retry` rejects with when every attempt failed with a retryable error. Given: keep it as
 * it is and throw it from `retry`.
 */
export class RetryError extends Error {
  override readonly name = 'RetryError';
  /** How many attempts were made: the `attempts` option. */
  readonly attempts: number;
  /** The error the last attempt rejected with. */
  override readonly cause: unknown;

  constructor(attempts: number, cause: unknown) {
    super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}`, { cause });
    this.attempts = attempts;
    this.cause = cause;
  }
}

/**
 * Calls `operation(1)`, `operation(2)`, ... until one resolves, sleeping between failures.
 * Before attempt k + 1 it awaits
 * `sleep(min(baseDelayMs * factor^(k-1), maxDelayMs) * (1 + jitter * (2 * random() - 1)))`.
 *
 * @param operation the work; receives the attempt number, from 1
 * @param options.attempts the most attempts; a positive integer, else the promise rejects with `RangeError`
 * @param options.baseDelayMs the delay after the first failure, before jitter
 * @param options.factor growth of the delay per failure (default 2)
 * @param options.maxDelayMs cap on the delay, applied before jitter (default Infinity)
 * @param options.jitter relative spread of each delay, in [0, 1] (default 0)
 * @param options.retryIf asked about every failure; `false` rethrows that error at once (default: always true)
 * @param options.sleep waits the given ms (default: setTimeout)
 * @param options.random a number in [0, 1), called once per delay (default: Math.random)
 * @returns the first successful attempt's value; rejects with the error `retryIf` refused, or with
 *   `RetryError` (attempts, cause = last error) when the attempts run out
 */
export function retry<T>(
  operation: (attempt: number) => Promise<T>,
  options: {
    attempts: number;
    baseDelayMs: number;
    factor?: number;
    maxDelayMs?: number;
    jitter?: number;
    retryIf?: (error: unknown) => boolean;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
  },
): Promise<T> {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('retry');
}
