/**
 * slow: the sliding log is kept right (a queue per key, trimmed from the front), but to bound memory every call also sweeps all keys and drops those whose window has emptied.
 * Time: amortised O(1) for the key's own queue plus O(keys) for the sweep on every call. The bench
 * uses 4 keys, so O(n) in total; with k keys alive it is O(n · k), O(n²) when k grows with n.
 * exposed by: many distinct keys that stay active (e.g. n/2 keys, each calling twice, with a window covering the run).
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
    const edge = now - this.#windowMs;
    this.#sweep(edge);
    let log = this.#logs.get(key);
    if (log === undefined) {
      log = { times: [], head: 0 };
      this.#logs.set(key, log);
    }
    this.#trim(log, edge);
    if (log.times.length - log.head >= this.#limit) return false;
    log.times.push(now);
    return true;
  }

  /** The cost: every key is visited on every call, to forget the idle ones. */
  #sweep(edge: number): void {
    for (const [key, log] of this.#logs) {
      const newest = log.times[log.times.length - 1];
      if (newest === undefined || newest <= edge) this.#logs.delete(key);
    }
  }

  #trim(log: Log, edge: number): void {
    const { times } = log;
    while (log.head < times.length && times[log.head]! <= edge) log.head++;
    if (log.head > 64 && log.head * 2 > times.length) {
      log.times = times.slice(log.head);
      log.head = 0;
    }
  }
}
