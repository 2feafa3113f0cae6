// Mutant: records every request, allowed or not, so a client that keeps retrying while refused
// keeps its own window full and stays locked out.
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
    history.push(now);
    return inWindow < this.#limit;
  }
}
