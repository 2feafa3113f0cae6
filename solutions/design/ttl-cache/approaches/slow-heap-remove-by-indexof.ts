/**
 * slow: a min-heap of entries by deadline, expired eagerly before each call, but replacing or deleting a key finds its old entry in the heap with `indexOf` before removing it.
 * Time: O(log n) per set of a new key and per expiry; O(position of the old entry in the heap
 * array), up to O(n), per set that replaces a live key and per delete of a live key. In the bench
 * the replaced entries are mostly old ones, which sit near the front of the array, so the scans
 * stay short (measured growth about n^1.3 up to n = 262 144); when the replaced entry is a recent
 * one (at the end of the array) every replacement scans all n live entries: O(n²).
 * exposed by: many live entries plus repeated sets (or deletes) of a recently set key, e.g. n/2 distinct keys with a long TTL, then n/2 sets of one hot key.
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
  readonly #live = new Map<K, Entry<K, V>>();
  /** Exactly the live entries, as a binary min-heap on deadline. */
  readonly #heap: Entry<K, V>[] = [];
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
    if (old !== undefined) this.#remove(old);
    const entry = { key, value, deadline: this.#now() + ttlMs };
    this.#live.set(key, entry);
    this.#heap.push(entry);
    this.#siftUp(this.#heap.length - 1);
  }

  delete(key: K): boolean {
    this.#sweep();
    const entry = this.#live.get(key);
    if (entry === undefined) return false;
    this.#live.delete(key);
    this.#remove(entry);
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

  /** Drops every entry whose deadline has come, counting it. */
  #sweep(): void {
    const now = this.#now();
    const heap = this.#heap;
    while (heap.length > 0 && heap[0]!.deadline <= now) {
      const top = heap[0]!;
      this.#removeAt(0);
      this.#live.delete(top.key);
      this.#expiredSincePurge++;
    }
  }

  /** The cost: nothing records where an entry sits in the heap, so it is searched for. */
  #remove(entry: Entry<K, V>): void {
    this.#removeAt(this.#heap.indexOf(entry));
  }

  #removeAt(i: number): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (i === heap.length) return;
    heap[i] = last;
    this.#siftUp(i);
    this.#siftDown(i);
  }

  #siftUp(i: number): void {
    const heap = this.#heap;
    const entry = heap[i]!;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (heap[up]!.deadline <= entry.deadline) break;
      heap[i] = heap[up]!;
      i = up;
    }
    heap[i] = entry;
  }

  #siftDown(i: number): void {
    const heap = this.#heap;
    const entry = heap[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && heap[l + 1]!.deadline < heap[l]!.deadline ? l + 1 : l;
      if (heap[c]!.deadline >= entry.deadline) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = entry;
  }
}
