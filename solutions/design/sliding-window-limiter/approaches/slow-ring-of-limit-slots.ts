/**
 * slow: per key a ring buffer of exactly `limit` slots holding the last `limit` allowed times; a request is allowed iff the slot it would overwrite (the limit-th most recent allowed time) has left the window. The ring is allocated in full on the key's first request.
 * Time: O(1) per call after a key's first request, but O(limit) for that first request (the
 * allocation and fill). The bench has 4 keys with limit = n: O(n) in total. With k distinct keys
 * it is O(k · limit), O(n²) when every call is a new key and limit ≈ n.
 * exposed by: many distinct keys (e.g. one per call) with a large limit (≈ n).
 */
interface Ring {
  /** times[next] is the oldest of the last `limit` allowed times (NaN while unused). */
  times: Float64Array;
  next: number;
}

export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #rings = new Map<string, Ring>();

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    let ring = this.#rings.get(key);
    if (ring === undefined) {
      // The cost: `limit` slots up front, whether the key ever sends two requests or not.
      ring = { times: new Float64Array(this.#limit).fill(NaN), next: 0 };
      this.#rings.set(key, ring);
    }
    const oldest = ring.times[ring.next]!;
    // Fewer than `limit` allowed in (now - windowMs, now] iff the limit-th most recent is out of it.
    if (!Number.isNaN(oldest) && oldest > now - this.#windowMs) return false;
    ring.times[ring.next] = now;
    ring.next = ring.next + 1 === this.#limit ? 0 : ring.next + 1;
    return true;
  }
}
