// Mutant (was an "optimal" approach): the generic cell rate algorithm, which keeps per key the
// time at which its bucket is full again. Right in exact arithmetic, but a time of about 2^53 ms
// has no room left for fractions of a millisecond, so the debt of a take is rounded away: with
// capacity 1 and 3 tokens per second at time 2^53 - 2^20, after `tryTake('k')` the bucket should
// hold 0 tokens, and this says 0.001 (a debt of 333.33 ms is stored as 333 ms). Tiny rates break
// it too: 1000 / 5e-324 ms per token is Infinity, so every request is allowed.
function positive(value: number, what: string): number {
  if (!(value > 0)) throw new RangeError(`${what} must be positive, got ${value}`);
  return value;
}

export class TokenBucket {
  readonly #capacity: number;
  /** Milliseconds one token takes to refill. */
  readonly #msPerToken: number;
  /** Milliseconds an empty bucket takes to fill: the most debt a bucket may carry. */
  readonly #maxDebtMs: number;
  readonly #now: () => number;
  /** Per key: the moment its bucket is full again (the "theoretical arrival time"). */
  readonly #fullAt = new Map<string, number>();

  constructor(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
    this.#capacity = positive(options.capacity, 'capacity');
    this.#msPerToken = 1000 / positive(options.refillPerSecond, 'refillPerSecond');
    this.#maxDebtMs = this.#capacity * this.#msPerToken;
    this.#now = options.now ?? Date.now;
  }

  tryTake(key: string, cost = 1): boolean {
    positive(cost, 'cost');
    const now = this.#now();
    const start = Math.max(this.#fullAt.get(key) ?? now, now);
    const fullAt = start + cost * this.#msPerToken;
    // Allowed when the debt after paying still fits in one bucket's worth of refill time.
    if (fullAt - now > this.#maxDebtMs) return false;
    this.#fullAt.set(key, fullAt);
    return true;
  }

  tokens(key: string): number {
    const fullAt = this.#fullAt.get(key);
    if (fullAt === undefined) return this.#capacity;
    const debtMs = Math.max(0, fullAt - this.#now());
    return Math.max(0, this.#capacity - debtMs / this.#msPerToken);
  }
}
