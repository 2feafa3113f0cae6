/**
 * Brute force: values in a Map, recency in a plain array of keys (least recently used first).
 * Correct and the first thing most candidates write, but every use does `findIndex` + `splice`
 * on the array and every eviction does `shift`: O(capacity) per operation, O(n·capacity) for n.
 */
function sameKey(a: unknown, b: unknown): boolean {
  // SameValueZero, the equality Map uses: like ===, except that NaN equals NaN.
  return a === b || (a !== a && b !== b);
}

export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #values = new Map<K, V>();
  readonly #order: K[] = [];

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    if (!this.#values.has(key)) return undefined;
    this.#touch(key);
    return this.#values.get(key);
  }

  set(key: K, value: V): void {
    if (this.#values.has(key)) {
      this.#touch(key);
    } else {
      if (this.#values.size === this.#capacity) this.#values.delete(this.#order.shift()!);
      this.#order.push(key);
    }
    this.#values.set(key, value);
  }

  has(key: K): boolean {
    return this.#values.has(key);
  }

  delete(key: K): boolean {
    if (!this.#values.delete(key)) return false;
    this.#order.splice(this.#order.findIndex((k) => sameKey(k, key)), 1);
    return true;
  }

  get size(): number {
    return this.#values.size;
  }

  #touch(key: K): void {
    this.#order.splice(this.#order.findIndex((k) => sameKey(k, key)), 1);
    this.#order.push(key);
  }
}
