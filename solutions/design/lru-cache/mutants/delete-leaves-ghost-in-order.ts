// Mutant: recency is kept in an array, and `delete` removes the key from the Map but forgets the
// array. The ghost key is later "evicted" instead of a real one, so the cache overflows capacity,
// and a re-inserted key has two positions in the order.
export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #values = new Map<K, V>();
  readonly #order: K[] = [];

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    if (!this.#values.has(key)) return undefined;
    this.#order.splice(this.#order.indexOf(key), 1);
    this.#order.push(key);
    return this.#values.get(key);
  }

  set(key: K, value: V): void {
    if (this.#values.has(key)) {
      this.#order.splice(this.#order.indexOf(key), 1);
    } else if (this.#order.length >= this.#capacity) {
      this.#values.delete(this.#order.shift()!);
    }
    this.#order.push(key);
    this.#values.set(key, value);
  }

  has(key: K): boolean {
    return this.#values.has(key);
  }

  delete(key: K): boolean {
    return this.#values.delete(key);
  }

  get size(): number {
    return this.#values.size;
  }
}
