/**
 * Brute force: keep the timestamp of every request ever allowed, per key, and count the ones in
 * `(now - windowMs, now]` on each call. Correct (rejected requests are never recorded), but the
 * history only grows: O(history) per call, O(n²) for n allowed requests.
 */
export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #history = new Map<string, number[]>();

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    const history = this.#history.get(key) ?? [];
    this.#history.set(key, history);
    const inWindow = history.filter((t) => t > now - this.#windowMs && t <= now).length;
    if (inWindow >= this.#limit) return false;
    history.push(now);
    return true;
  }
}
