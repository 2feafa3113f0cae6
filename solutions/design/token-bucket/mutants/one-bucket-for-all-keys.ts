// Mutant: ignores the key: every client drains and refills one shared bucket.
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
    let bucket = this.#buckets.get('');
    if (bucket === undefined) {
      bucket = { tokens: this.#capacity, updatedAt: now };
      this.#buckets.set('', bucket);
    } else {
      bucket.tokens = this.#refilled(bucket, now);
      bucket.updatedAt = now;
    }
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  tokens(key: string): number {
    const bucket = this.#buckets.get('');
    return bucket === undefined ? this.#capacity : this.#refilled(bucket, this.#now());
  }

  #refilled(bucket: Bucket, now: number): number {
    return Math.min(this.#capacity, bucket.tokens + (now - bucket.updatedAt) * this.#perMs);
  }
}
