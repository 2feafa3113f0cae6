/**
 * optimal: an indexed binary min-heap on deadline (each entry knows its heap position), so a replaced or deleted entry is removed from the heap at once in O(log n), and expired entries are popped before every call.
 * Time: O(log n) per operation, n the live entries (each entry is pushed once and removed once);
 * O(n log n) for the bench's n sets and purges. Memory O(live entries): nothing dead is kept.
 */
interface Entry<K, V> {
  key: K;
  value: V;
  deadline: number;
  /** Index of this entry in the heap array, kept up to date by every move. */
  at: number;
}

function checkTtl(ttl: number): number {
  if (!(ttl > 0) || ttl === Infinity) throw new RangeError(`ttl must be a positive finite number, got ${ttl}`);
  return ttl;
}

export class TTLCache<K, V> {
  readonly #defaultTtl: number;
  readonly #now: () => number;
  readonly #live = new Map<K, Entry<K, V>>();
  readonly #heap: Entry<K, V>[] = [];
  #expiredSincePurge = 0;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#defaultTtl = checkTtl(options.ttlMs);
    this.#now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    this.#expire();
    return this.#live.get(key)?.value;
  }

  set(key: K, value: V, ttlMs: number = this.#defaultTtl): void {
    checkTtl(ttlMs);
    this.#expire();
    const old = this.#live.get(key);
    if (old !== undefined) this.#removeAt(old.at);
    const entry: Entry<K, V> = { key, value, deadline: this.#now() + ttlMs, at: this.#heap.length };
    this.#live.set(key, entry);
    this.#heap.push(entry);
    this.#up(entry.at);
  }

  delete(key: K): boolean {
    this.#expire();
    const entry = this.#live.get(key);
    if (entry === undefined) return false;
    this.#live.delete(key);
    this.#removeAt(entry.at);
    return true;
  }

  purgeExpired(): number {
    this.#expire();
    const count = this.#expiredSincePurge;
    this.#expiredSincePurge = 0;
    return count;
  }

  get size(): number {
    this.#expire();
    return this.#live.size;
  }

  /** The clock never goes back, so popping due entries before each call keeps the Map exactly live. */
  #expire(): void {
    const now = this.#now();
    const heap = this.#heap;
    while (heap.length > 0 && heap[0]!.deadline <= now) {
      this.#live.delete(heap[0]!.key);
      this.#removeAt(0);
      this.#expiredSincePurge++;
    }
  }

  #removeAt(i: number): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (i === heap.length) return;
    this.#place(last, i);
    this.#up(i);
    this.#down(last.at);
  }

  #place(entry: Entry<K, V>, i: number): void {
    this.#heap[i] = entry;
    entry.at = i;
  }

  #up(i: number): void {
    const heap = this.#heap;
    const entry = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.deadline <= entry.deadline) break;
      this.#place(heap[parent]!, i);
      i = parent;
    }
    this.#place(entry, i);
  }

  #down(i: number): void {
    const heap = this.#heap;
    const entry = heap[i]!;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const child = left + 1 < heap.length && heap[left + 1]!.deadline < heap[left]!.deadline ? left + 1 : left;
      if (heap[child]!.deadline >= entry.deadline) break;
      this.#place(heap[child]!, i);
      i = child;
    }
    this.#place(entry, i);
  }
}
