// Mutant: a ring of `limit` slots per key holding the allowed timestamps in an Int32Array (to
// keep memory small): a time of 2^31 ms or more wraps to a negative number, so with limit 1 and
// windowMs 1000, requests at 2147483648 and 2147483649 are both allowed (the stored first one
// reads as -2147483648, long out of the window).
interface Ring {
  times: Int32Array;
  filled: number;
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
      ring = { times: new Int32Array(this.#limit), filled: 0, next: 0 };
      this.#rings.set(key, ring);
    }
    // The slot about to be overwritten holds the limit-th most recent allowed request.
    if (ring.filled === this.#limit && ring.times[ring.next]! > now - this.#windowMs) return false;
    ring.times[ring.next] = now;
    ring.next = (ring.next + 1) % this.#limit;
    if (ring.filled < this.#limit) ring.filled++;
    return true;
  }
}
