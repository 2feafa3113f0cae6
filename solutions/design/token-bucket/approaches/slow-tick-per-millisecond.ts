/**
 * slow: refill is simulated like a timer: a call walks the key's bucket forward one millisecond at a time, adding rate/1000 tokens per step, until it reaches now or the bucket is full.
 * Time: O(min(ms since the key's last call, ms to fill an empty bucket)) per call. In the bench
 * each of the n/8 keys is called about every 0.19·n ms and a bucket fills in 2 500 ms, so a call
 * costs ~0.19·n steps (quadratic total) up to n ≈ 13 000 and a constant ~2 500 steps beyond it
 * (linear again, with a large constant). When the fill time is long (large capacity, slow rate)
 * and gaps grow with n it is O(n) per call, O(n²) in total.
 * exposed by: a large capacity with a slow refill rate and long gaps between a key's calls (e.g. capacity 10^6, 1 token/s, one key, clock moving n ms per call).
 */
interface Bucket {
  /** Tokens right after the last take (or at creation), and the ms simulated since then. */
  base: number;
  ticks: number;
  tokens: number;
  /** The time the bucket has been simulated up to. */
  at: number;
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
      bucket = { base: this.#capacity, ticks: 0, tokens: this.#capacity, at: now };
      this.#buckets.set(key, bucket);
    }
    this.#advance(bucket, now);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    bucket.base = bucket.tokens;
    bucket.ticks = 0;
    return true;
  }

  tokens(key: string): number {
    const bucket = this.#buckets.get(key);
    if (bucket === undefined) return this.#capacity;
    this.#advance(bucket, this.#now());
    return bucket.tokens;
  }

  /**
   * The cost: one loop step per elapsed millisecond (stopping early once the bucket is full). The
   * level is recomputed from `base` and the ticks counted, not summed step by step, so rounding
   * does not build up over thousands of steps.
   */
  #advance(bucket: Bucket, now: number): void {
    while (bucket.at < now && bucket.tokens < this.#capacity) {
      const step = Math.min(1, now - bucket.at);
      bucket.ticks += step;
      bucket.tokens = Math.min(this.#capacity, bucket.base + bucket.ticks * this.#perMs);
      bucket.at += step;
    }
    // A full bucket stays full: skip the rest of the idle time at once.
    bucket.at = now;
  }
}
