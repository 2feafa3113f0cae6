/**
 * slow: expiry is lazy (a read checks the deadline) and `purgeExpired` pops a min-heap of deadlines, but `size` counts the live entries by walking the whole Map.
 * Time: get, set, delete O(log n) amortised (a heap push per set); purgeExpired O(log n) per
 * expired entry; `size` O(n) every call. The bench reads `size` once, so its n sets + purges cost
 * O(n log n); a workload that reads `size` after every set costs O(n²).
 * exposed by: `size` read after every operation (a metrics gauge polled on each request).
 */
interface Entry<K, V> {
  key: K;
  value: V;
  deadline: number;
}

function checkTtl(ttl: number): number {
  if (!(ttl > 0) || ttl === Infinity) throw new RangeError(`ttl must be a positive finite number, got ${ttl}`);
  return ttl;
}

export class TTLCache<K, V> {
  readonly #defaultTtl: number;
  readonly #now: () => number;
  /** The current entry of each key; may still hold entries whose deadline has passed. */
  readonly #current = new Map<K, Entry<K, V>>();
  /** Every entry ever set and not yet popped, ordered by deadline; stale ones are skipped on pop. */
  readonly #byDeadline: Entry<K, V>[] = [];
  /** Expiries noticed outside a purge (by a set or delete meeting an expired entry). */
  #noticed = 0;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#defaultTtl = checkTtl(options.ttlMs);
    this.#now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.#current.get(key);
    return entry !== undefined && this.#now() < entry.deadline ? entry.value : undefined;
  }

  set(key: K, value: V, ttlMs: number = this.#defaultTtl): void {
    checkTtl(ttlMs);
    const now = this.#now();
    const old = this.#current.get(key);
    if (old !== undefined && old.deadline <= now) this.#noticed++;
    const entry = { key, value, deadline: now + ttlMs };
    this.#current.set(key, entry);
    this.#heapPush(entry);
  }

  delete(key: K): boolean {
    const entry = this.#current.get(key);
    if (entry === undefined) return false;
    this.#current.delete(key);
    if (entry.deadline > this.#now()) return true;
    this.#noticed++;
    return false;
  }

  purgeExpired(): number {
    const now = this.#now();
    let count = this.#noticed;
    this.#noticed = 0;
    const heap = this.#byDeadline;
    while (heap.length > 0 && heap[0]!.deadline <= now) {
      const entry = this.#heapPop();
      // Only the key's current entry counts here; a replaced or deleted one was settled then.
      if (this.#current.get(entry.key) === entry) {
        this.#current.delete(entry.key);
        count++;
      }
    }
    return count;
  }

  /** The cost: a full walk over every stored entry, live or not, on every read of `size`. */
  get size(): number {
    const now = this.#now();
    let live = 0;
    for (const entry of this.#current.values()) if (now < entry.deadline) live++;
    return live;
  }

  #heapPush(entry: Entry<K, V>): void {
    const heap = this.#byDeadline;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (heap[up]!.deadline <= entry.deadline) break;
      heap[i] = heap[up]!;
      i = up;
    }
    heap[i] = entry;
  }

  #heapPop(): Entry<K, V> {
    const heap = this.#byDeadline;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && heap[l + 1]!.deadline < heap[l]!.deadline ? l + 1 : l;
      if (heap[c]!.deadline >= last.deadline) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
    return top;
  }
}
