// Mutant: counts the window as [now - windowMs, now], so a request exactly windowMs old still
// counts and the next slot opens one millisecond late.
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
    const inWindow = history.filter((t) => t >= now - this.#windowMs && t <= now).length;
    if (inWindow >= this.#limit) return false;
    history.push(now);
    return true;
  }
}
