// Mutant: ignores the key: every client shares one window.
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
    const history = this.#history.get('') ?? [];
    this.#history.set('', history);
    const inWindow = history.filter((t) => t > now - this.#windowMs && t <= now).length;
    if (inWindow >= this.#limit) return false;
    history.push(now);
    return true;
  }
}
