/**
 * slow: per key only the timestamps inside the window are kept, but they are re-filtered into a fresh array on every call.
 * Time: O(entries in the key's window) per call, even when nothing left it. For the bench (4 keys,
 * each window holding up to n/16 timestamps, limit = n) that is O(n) per call, O(n²) in total.
 * exposed by: a large limit and a long window, so the window holds many allowed timestamps.
 */
export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, number[]>();

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    const edge = now - this.#windowMs;
    // The cost: a full copy of the key's window per call.
    const recent = (this.#windows.get(key) ?? []).filter((t) => t > edge);
    this.#windows.set(key, recent);
    if (recent.length >= this.#limit) return false;
    recent.push(now);
    return true;
  }
}
