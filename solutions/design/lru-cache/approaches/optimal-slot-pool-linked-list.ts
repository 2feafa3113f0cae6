/**
 * optimal: entries live in numbered slots of preallocated arrays; the recency list is a circular doubly linked list of slot numbers in Int32Arrays, and a Map gives each key its slot.
 * Time: O(1) per operation (one Map lookup and a few index updates); O(n) for the bench's n
 * operations. Memory O(capacity), allocated lazily as slots are first used.
 */
export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #slotOf = new Map<K, number>();
  readonly #keys: K[] = [];
  readonly #values: V[] = [];
  /** Slot 0 is the sentinel: next[0] is the least recently used slot, prev[0] the most recent. */
  #next: Int32Array;
  #prev: Int32Array;
  /** Slots freed by `delete`, reused before fresh ones. */
  readonly #free: number[] = [];
  #used = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
    const initial = Math.min(capacity, 1023) + 1;
    this.#next = new Int32Array(initial);
    this.#prev = new Int32Array(initial);
  }

  get(key: K): V | undefined {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return undefined;
    this.#unlink(slot);
    this.#linkLast(slot);
    return this.#values[slot];
  }

  set(key: K, value: V): void {
    let slot = this.#slotOf.get(key);
    if (slot !== undefined) {
      this.#unlink(slot);
    } else {
      if (this.#slotOf.size >= this.#capacity) {
        // Reuse the least recently used slot for the new key.
        slot = this.#next[0]!;
        this.#unlink(slot);
        this.#slotOf.delete(this.#keys[slot] as K);
      } else {
        slot = this.#free.pop() ?? this.#fresh();
      }
      this.#keys[slot] = key;
      this.#slotOf.set(key, slot);
    }
    this.#values[slot] = value;
    this.#linkLast(slot);
  }

  has(key: K): boolean {
    return this.#slotOf.has(key);
  }

  delete(key: K): boolean {
    const slot = this.#slotOf.get(key);
    if (slot === undefined) return false;
    this.#slotOf.delete(key);
    this.#unlink(slot);
    this.#keys[slot] = undefined as K;
    this.#values[slot] = undefined as V;
    this.#free.push(slot);
    return true;
  }

  get size(): number {
    return this.#slotOf.size;
  }

  /** A never-used slot; the index arrays double when full, so growth is amortised O(1). */
  #fresh(): number {
    const slot = ++this.#used;
    if (slot >= this.#next.length) {
      const grown = Math.min(this.#capacity + 1, this.#next.length * 2);
      const next = new Int32Array(grown);
      const prev = new Int32Array(grown);
      next.set(this.#next);
      prev.set(this.#prev);
      this.#next = next;
      this.#prev = prev;
    }
    return slot;
  }

  #unlink(slot: number): void {
    const p = this.#prev[slot]!;
    const n = this.#next[slot]!;
    this.#next[p] = n;
    this.#prev[n] = p;
  }

  #linkLast(slot: number): void {
    const last = this.#prev[0]!;
    this.#next[last] = slot;
    this.#prev[slot] = last;
    this.#next[slot] = 0;
    this.#prev[0] = slot;
  }
}
