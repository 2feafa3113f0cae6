// Mutant: a fixed window: counts the requests since the last multiple of windowMs, so a client
// can send `limit` requests just before a boundary and `limit` more just after it.
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
    const inWindow = history.filter((t) => Math.floor(t / this.#windowMs) === Math.floor(now / this.#windowMs)).length;
    if (inWindow >= this.#limit) return false;
    history.push(now);
    return true;
  }
}
