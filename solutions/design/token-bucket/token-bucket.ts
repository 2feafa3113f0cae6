/**
 * Reference: lazy refill. Each key stores the tokens it held at `updatedAt`; nothing happens
 * between calls, and a call first brings its own bucket up to date:
 *   tokens = min(capacity, tokens + (now - updatedAt) / 1000 * refillPerSecond).
 *
 * Invariant: `0 <= tokens <= capacity`, and `tokens` is exact as of `updatedAt`. A key with no
 * stored bucket is full, which is also why a bucket could be forgotten once it refills to capacity.
 *
 * Complexity: O(1) per call (one Map lookup and a few arithmetic operations); memory O(keys seen).
 */
interface Bucket {
  tokens: number;
  updatedAt: number;
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

  constructor(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
    this.#capacity = positive(options.capacity, 'capacity');
    this.#perMs = positive(options.refillPerSecond, 'refillPerSecond') / 1000;
    this.#now = options.now ?? Date.now;
  }

  tryTake(key: string, cost = 1): boolean {
    positive(cost, 'cost');
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.#capacity, updatedAt: now };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = this.#refilled(bucket, now);
      bucket.updatedAt = now;
    }
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  tokens(key: string): number {
    const bucket = this.#buckets.get(key);
    return bucket === undefined ? this.#capacity : this.#refilled(bucket, this.#now());
  }

  #refilled(bucket: Bucket, now: number): number {
    return Math.min(this.#capacity, bucket.tokens + (now - bucket.updatedAt) * this.#perMs);
  }
}
