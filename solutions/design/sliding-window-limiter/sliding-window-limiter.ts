/**
 * Reference: a sliding window log. Per key, a queue of the timestamps of allowed requests, oldest
 * first, stored as an array plus a read index `head` (so dropping from the front is O(1)).
 *
 * Invariant: after trimming at time t, the queue holds exactly the allowed requests in
 * `(t - windowMs, t]`. Timestamps are pushed in non-decreasing order (the clock never goes back),
 * so everything that has left the window sits at the front. Rejected requests are never pushed,
 * so the queue never holds more than `limit` timestamps.
 *
 * Complexity: each timestamp is pushed once and dropped once, and the array is compacted only when
 * the dropped prefix outweighs the rest: amortised O(1) per call, memory O(limit) per key.
 */
interface Log {
  times: number[];
  head: number;
}

export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #logs = new Map<string, Log>();

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    let log = this.#logs.get(key);
    if (log === undefined) {
      log = { times: [], head: 0 };
      this.#logs.set(key, log);
    }
    const { times } = log;
    const leftEdge = now - this.#windowMs;
    while (log.head < times.length && times[log.head]! <= leftEdge) log.head++;
    if (log.head > 32 && log.head * 2 > times.length) {
      times.splice(0, log.head);
      log.head = 0;
    }
    if (times.length - log.head >= this.#limit) return false;
    times.push(now);
    return true;
  }
}
