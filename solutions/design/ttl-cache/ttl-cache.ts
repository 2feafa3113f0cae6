/**
 * Reference: a Map from key to its current entry, plus a min-heap of entries ordered by deadline.
 *
 * Invariant: before any call does its work, `#expire()` pops every heap entry whose deadline is
 * `<= now()`. A popped entry that is still current is removed from the Map and counted in
 * `#expired`; so afterwards the Map holds exactly the live entries, `size` is the Map's size, and
 * `#expired` is the number of expiries since the last purge. A replaced or deleted entry is not
 * searched for in the heap (that would be O(n)): it is marked dead and skipped, uncounted, when it
 * reaches the top. When dead entries make up more than half of the heap, the heap is rebuilt from
 * the live ones, so memory stays O(live entries).
 *
 * Complexity: each entry is pushed once and popped at most once, O(log n) each; a rebuild costs
 * O(heap) and happens only after as many retirements, so every operation is amortised O(log n).
 */
interface Entry<K, V> {
  key: K;
  value: V;
  deadline: number;
  dead: boolean;
}

function validTtl(ttl: number, what: string): number {
  if (!(ttl > 0) || !Number.isFinite(ttl)) throw new RangeError(`${what} must be a positive finite number, got ${ttl}`);
  return ttl;
}

export class TTLCache<K, V> {
  readonly #ttl: number;
  readonly #now: () => number;
  readonly #map = new Map<K, Entry<K, V>>();
  #heap: Entry<K, V>[] = [];
  #deadInHeap = 0;
  #expired = 0;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#ttl = validTtl(options.ttlMs, 'ttlMs');
    this.#now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    this.#expire();
    return this.#map.get(key)?.value;
  }

  set(key: K, value: V, ttlMs: number = this.#ttl): void {
    validTtl(ttlMs, 'ttlMs');
    this.#expire();
    const previous = this.#map.get(key);
    if (previous !== undefined) this.#retire(previous);
    const entry: Entry<K, V> = { key, value, deadline: this.#now() + ttlMs, dead: false };
    this.#map.set(key, entry);
    this.#push(entry);
  }

  delete(key: K): boolean {
    this.#expire();
    const entry = this.#map.get(key);
    if (entry === undefined) return false;
    this.#map.delete(key);
    this.#retire(entry);
    return true;
  }

  purgeExpired(): number {
    this.#expire();
    const count = this.#expired;
    this.#expired = 0;
    return count;
  }

  get size(): number {
    this.#expire();
    return this.#map.size;
  }

  /** Pops every entry whose deadline has come; current ones leave the Map and are counted. */
  #expire(): void {
    const now = this.#now();
    while (this.#heap.length > 0 && this.#heap[0]!.deadline <= now) {
      const entry = this.#pop();
      if (entry.dead) {
        this.#deadInHeap--;
      } else {
        this.#map.delete(entry.key);
        this.#expired++;
      }
    }
  }

  /** Marks an entry that left the Map early; rebuilds the heap once dead entries dominate it. */
  #retire(entry: Entry<K, V>): void {
    entry.dead = true;
    this.#deadInHeap++;
    if (this.#deadInHeap > 16 && this.#deadInHeap * 2 > this.#heap.length) {
      this.#heap = this.#heap.filter((e) => !e.dead);
      this.#deadInHeap = 0;
      for (let i = (this.#heap.length >> 1) - 1; i >= 0; i--) this.#siftDown(i);
    }
  }

  #push(entry: Entry<K, V>): void {
    const heap = this.#heap;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.deadline <= entry.deadline) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
  }

  #pop(): Entry<K, V> {
    const heap = this.#heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  #siftDown(start: number): void {
    const heap = this.#heap;
    const entry = heap[start]!;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1]!.deadline < heap[child]!.deadline) child++;
      if (heap[child]!.deadline >= entry.deadline) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = entry;
  }
}
