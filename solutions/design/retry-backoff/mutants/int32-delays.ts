// Mutant: rounds each delay to whole milliseconds with `| 0` ("setTimeout wants an integer"):
// fractions are cut off and delays of 2^31 ms or more wrap to negative numbers, so with
// `baseDelayMs: 2 ** 31` and `attempts: 2` it sleeps -2147483648 instead of 2147483648, and
// `baseDelayMs: 0.5` sleeps 0.
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

const timerSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function retry<T>(
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
  const {
    attempts,
    baseDelayMs,
    factor = 2,
    maxDelayMs = Infinity,
    jitter = 0,
    retryIf = () => true,
    sleep = timerSleep,
    random = Math.random,
  } = options;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts must be a positive integer, got ${attempts}`);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!retryIf(error)) throw error;
      if (attempt === attempts) throw new RetryError(attempts, error);
      const capped = Math.min(baseDelayMs * factor ** (attempt - 1), maxDelayMs);
      // setTimeout wants whole milliseconds.
      await sleep((capped * (1 + jitter * (2 * random() - 1))) | 0);
    }
  }
}
