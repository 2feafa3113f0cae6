/**
 * optimal: the Map's own insertion order is the recency list: a use deletes and re-inserts the key, and eviction takes the first key from the Map's iterator.
 * Time: O(1) per operation (amortised, as Map operations are); O(n) for the bench's n operations.
 * Memory O(capacity).
 */
export class LRUCache<K, V> {
  readonly #capacity: number;
  /** Iteration order = least recently used first, because every use moves a key to the end. */
  readonly #entries = new Map<K, V>();

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.#entries.has(key)) {
      this.#entries.delete(key);
    } else if (this.#entries.size >= this.#capacity) {
      // The iterator's first step is O(1): it does not copy the keys.
      const oldest = this.#entries.keys().next();
      this.#entries.delete(oldest.value as K);
    }
    this.#entries.set(key, value);
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
