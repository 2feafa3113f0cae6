/**
 * slow: entries kept in an array sorted by deadline; a set binary-searches its place and `splice`s the entry in, and a purge `splice`s the expired prefix off the front.
 * Time: O(log n) to find the place but O(n) to shift the array on every insertion that does not
 * land at the end, and O(n) per purge that removes anything. For the bench's n sets with random
 * TTLs (new deadlines land anywhere in the array) that is O(n²) in total, with a small constant
 * (the shifts are memory moves): measured, it stays within ~3x of the heap up to n = 16 384 and
 * becomes clearly quadratic only from n ≈ 65 536 on.
 * exposed by: TTLs that vary per entry, so new deadlines land in the middle; equal TTLs (always appending) hide the insertion cost.
 * known miss: its shifts are memory moves with a small constant, so it overtakes the heap only near the top sizes; the fresh-clone CI of 2026-12-07 (commit 984caf8) judged it inconclusive, a regression seen in 1 of 3 passes (O(n²) on shrinking TTLs, 6.1× slower than the reference at n = 16 384), where every earlier run flagged it. Two more doublings (issue 14's escalation past the reference's budget) would settle it.
 */
interface Entry<K, V> {
  key: K;
  value: V;
  deadline: number;
  /** Set when the key was replaced or deleted: the entry waits in the array, uncounted. */
  gone: boolean;
}

function checkTtl(ttl: number): number {
  if (!(ttl > 0) || ttl === Infinity) throw new RangeError(`ttl must be a positive finite number, got ${ttl}`);
  return ttl;
}

export class TTLCache<K, V> {
  readonly #defaultTtl: number;
  readonly #now: () => number;
  readonly #live = new Map<K, Entry<K, V>>();
  /** Ascending by deadline; every live entry plus replaced ones not yet reached. */
  readonly #sorted: Entry<K, V>[] = [];
  #expiredSincePurge = 0;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#defaultTtl = checkTtl(options.ttlMs);
    this.#now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    this.#sweep();
    return this.#live.get(key)?.value;
  }

  set(key: K, value: V, ttlMs: number = this.#defaultTtl): void {
    checkTtl(ttlMs);
    this.#sweep();
    const old = this.#live.get(key);
    if (old !== undefined) old.gone = true;
    const entry = { key, value, deadline: this.#now() + ttlMs, gone: false };
    this.#live.set(key, entry);
    const sorted = this.#sorted;
    // First position whose deadline is larger: equal deadlines keep insertion order.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.deadline <= entry.deadline) lo = mid + 1;
      else hi = mid;
    }
    // The cost: every later entry shifts one place.
    sorted.splice(lo, 0, entry);
  }

  delete(key: K): boolean {
    this.#sweep();
    const entry = this.#live.get(key);
    if (entry === undefined) return false;
    entry.gone = true;
    this.#live.delete(key);
    return true;
  }

  purgeExpired(): number {
    this.#sweep();
    const count = this.#expiredSincePurge;
    this.#expiredSincePurge = 0;
    return count;
  }

  get size(): number {
    this.#sweep();
    return this.#live.size;
  }

  #sweep(): void {
    const now = this.#now();
    const sorted = this.#sorted;
    let k = 0;
    while (k < sorted.length && sorted[k]!.deadline <= now) {
      const entry = sorted[k]!;
      if (!entry.gone) {
        this.#live.delete(entry.key);
        this.#expiredSincePurge++;
      }
      k++;
    }
    // The other cost: dropping the prefix shifts everything behind it.
    if (k > 0) sorted.splice(0, k);
  }
}
