/**
 * slow: recency is the insertion order of a Map (a use deletes and re-inserts the key), but eviction copies every key into an array just to read its first element.
 * Time: get, set of a present key, has, delete O(1); set of a new key into a full cache
 * O(capacity) for the spread. With the bench's n (fill, then only hits) there is no eviction after
 * the fill: O(n). Under churn (every set a new key past capacity) it is O(n · capacity) = O(n²).
 * exposed by: a full cache followed by a long stream of sets of fresh keys (each one evicts).
 */
export class LRUCache<K, V> {
  readonly #capacity: number;
  /** Iteration order of a Map is insertion order: first key = least recently used. */
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
      // The cost: materialises all `capacity` keys to take the first one.
      const keys = [...this.#entries.keys()];
      this.#entries.delete(keys[0] as K);
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
