// Mutant: stores the refilled token count but only moves `updatedAt` on a successful take, so a
// refused request adds the same elapsed time to the bucket again on the next call.
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
    }
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    bucket.updatedAt = now;
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
