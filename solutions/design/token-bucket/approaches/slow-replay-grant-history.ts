/**
 * slow: each key keeps the list of its granted requests (time, cost), and every call recomputes the bucket by replaying that list from a full bucket.
 * Time: O(grants of that key so far) per call, so O(n²) for n calls on one hot key. The bench
 * spreads its n calls over n/8 keys (about 8 calls, a handful of grants, per key), so there it
 * costs O(1) per call and O(n) in total.
 * exposed by: few keys (or one hot key) taking many requests over time, e.g. n calls on 1 key with the clock moving enough to refill.
 */
interface Grants {
  times: number[];
  costs: number[];
}

function positive(value: number, what: string): number {
  if (!(value > 0)) throw new RangeError(`${what} must be positive, got ${value}`);
  return value;
}

export class TokenBucket {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #now: () => number;
  readonly #grants = new Map<string, Grants>();

  constructor(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
    this.#capacity = positive(options.capacity, 'capacity');
    this.#perMs = positive(options.refillPerSecond, 'refillPerSecond') / 1000;
    this.#now = options.now ?? Date.now;
  }

  tryTake(key: string, cost = 1): boolean {
    positive(cost, 'cost');
    const now = this.#now();
    if (this.#replay(key, now) < cost) return false;
    let grants = this.#grants.get(key);
    if (grants === undefined) {
      grants = { times: [], costs: [] };
      this.#grants.set(key, grants);
    }
    grants.times.push(now);
    grants.costs.push(cost);
    return true;
  }

  tokens(key: string): number {
    return this.#replay(key, this.#now());
  }

  /**
   * The cost: nothing is kept between calls but the history. A bucket is full before its first
   * grant; between grants it refills (capped), at each grant it pays the cost.
   */
  #replay(key: string, now: number): number {
    const grants = this.#grants.get(key);
    if (grants === undefined) return this.#capacity;
    const { times, costs } = grants;
    let tokens = this.#capacity;
    let at = times[0]!;
    for (let i = 0; i < times.length; i++) {
      tokens = Math.min(this.#capacity, tokens + (times[i]! - at) * this.#perMs) - costs[i]!;
      at = times[i]!;
    }
    return Math.min(this.#capacity, tokens + (now - at) * this.#perMs);
  }
}
