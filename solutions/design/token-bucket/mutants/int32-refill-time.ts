// Mutant: stores each bucket's last refill time as an Int32 (`now | 0`, to keep buckets small):
// from 2^31 ms on the stored time wraps to a negative number, so the next call sees billions of
// milliseconds elapsed and refills an emptied bucket at once. With capacity 1 and rate 1 at time
// 2147483648: tryTake('k') is true, and a second tryTake('k') at the same time is true as well.
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
      bucket = { tokens: this.#capacity, updatedAt: now | 0 };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = this.#refilled(bucket, now);
      bucket.updatedAt = now | 0;
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
