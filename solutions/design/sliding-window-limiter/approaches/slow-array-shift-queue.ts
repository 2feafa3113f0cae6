/**
 * slow: per key a plain array used as a queue: timestamps that left the window are dropped with `shift()`, which moves every remaining element.
 * Time: O(entries in the key's window) per dropped timestamp once V8 stops trimming the array in
 * place (arrays beyond a few thousand elements), so O(n · window) = O(n²) for n calls on one key
 * with a window holding ~n timestamps. In the bench the window of each of the 4 keys holds only
 * n/16 timestamps, so the per-shift cost stays small at the sizes measured.
 * exposed by: one key, limit ≥ n and a window covering most of the run (tens of thousands of timestamps in the window).
 */
export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #queues = new Map<string, number[]>();

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    let queue = this.#queues.get(key);
    if (queue === undefined) {
      queue = [];
      this.#queues.set(key, queue);
    }
    const edge = now - this.#windowMs;
    // The cost: each shift moves the rest of the array down by one slot.
    while (queue.length > 0 && queue[0]! <= edge) queue.shift();
    if (queue.length >= this.#limit) return false;
    queue.push(now);
    return true;
  }
}
