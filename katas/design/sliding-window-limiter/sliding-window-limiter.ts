/**
 * Sliding Window Limiter: at most `limit` allowed requests per key in any `windowMs` window.
 * Read README.md for the rules and examples; run `npx kata check sliding-window-limiter` to test.
 */
import { NotImplemented } from '#kit';

/** A per-key rate limiter over a sliding time window, on an injected clock. */
export class SlidingWindowLimiter {
  /**
   * @param options.limit the most requests a key may have allowed in any window
   * @param options.windowMs the window length in ms
   * @param options.now the clock, in ms; defaults to `Date.now`
   */
  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('SlidingWindowLimiter');
  }

  /**
   * Decides a request of `key` at time `now()`; an allowed request is recorded, a rejected one is not.
   *
   * @returns `true` iff fewer than `limit` requests of `key` were allowed in `(now - windowMs, now]`
   */
  allow(key: string): boolean {
    throw new NotImplemented('SlidingWindowLimiter.allow');
  }
}
