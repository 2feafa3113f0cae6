// Mutant: keeps the buckets in a plain object (`key in buckets`, `buckets[key]`): the key
// `constructor` (or `toString`, `__proto__`) finds an inherited member instead of a bucket, so
// `tokens('constructor')` on a fresh limiter returns NaN instead of the capacity and
// `tryTake('__proto__')` throws or corrupts the prototype.
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
  readonly #buckets: Record<string, Bucket> = {};

  constructor(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
    this.#capacity = positive(options.capacity, 'capacity');
    this.#perMs = positive(options.refillPerSecond, 'refillPerSecond') / 1000;
    this.#now = options.now ?? Date.now;
  }

  tryTake(key: string, cost = 1): boolean {
    positive(cost, 'cost');
    const now = this.#now();
    if (!(key in this.#buckets)) this.#buckets[key] = { tokens: this.#capacity, updatedAt: now };
    const bucket = this.#buckets[key]!;
    bucket.tokens = this.#refilled(bucket, now);
    bucket.updatedAt = now;
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  tokens(key: string): number {
    return key in this.#buckets ? this.#refilled(this.#buckets[key]!, this.#now()) : this.#capacity;
  }

  #refilled(bucket: Bucket, now: number): number {
    return Math.min(this.#capacity, bucket.tokens + (now - bucket.updatedAt) * this.#perMs);
  }
}
