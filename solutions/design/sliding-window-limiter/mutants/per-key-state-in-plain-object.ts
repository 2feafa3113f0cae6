// Mutant: keeps the per-key logs in a plain object (`key in logs`, `logs[key]`): a key named
// `constructor` or `__proto__` finds the object's inherited member instead of a log of its own, so
// `allow('constructor')` throws a TypeError on its very first call instead of returning true.
interface Log {
  times: number[];
  head: number;
}

export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #logs: Record<string, Log> = {};

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    if (!(key in this.#logs)) this.#logs[key] = { times: [], head: 0 };
    const log = this.#logs[key]!;
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
