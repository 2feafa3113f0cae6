/**
 * slow: a "global tick": whenever the clock has moved since the last call, every bucket of every key is topped up before the call looks at its own.
 * Time: O(keys) per call in which the clock moved, so O(n · keys) = O(n²) for the bench's n calls on
 * n/8 keys (the clock moves before about 3 calls in 4).
 * exposed by: many distinct keys with the clock moving between calls (any multi-tenant traffic).
 */
interface Bucket {
  tokens: number;
}

function positive(value: number, what: string): number {
  if (!(value > 0)) throw new RangeError(`${what} must be positive, got ${value}`);
  return value;
}

export class TokenBucket {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();
  #lastTick: number | null = null;

  constructor(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
    this.#capacity = positive(options.capacity, 'capacity');
    this.#perMs = positive(options.refillPerSecond, 'refillPerSecond') / 1000;
    this.#now = options.now ?? Date.now;
  }

  tryTake(key: string, cost = 1): boolean {
    positive(cost, 'cost');
    this.#tick();
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.#capacity };
      this.#buckets.set(key, bucket);
    }
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  tokens(key: string): number {
    this.#tick();
    return this.#buckets.get(key)?.tokens ?? this.#capacity;
  }

  /** The cost: the elapsed time is credited to every bucket, not just the one asked about. */
  #tick(): void {
    const now = this.#now();
    if (this.#lastTick !== null && now > this.#lastTick) {
      const refill = (now - this.#lastTick) * this.#perMs;
      for (const bucket of this.#buckets.values()) {
        if (bucket.tokens < this.#capacity) bucket.tokens = Math.min(this.#capacity, bucket.tokens + refill);
      }
    }
    this.#lastTick = now;
  }
}
