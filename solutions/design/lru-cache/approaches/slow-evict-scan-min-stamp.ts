/**
 * slow: every use stamps the entry with a counter; eviction finds the least recently used key by scanning all entries for the smallest stamp.
 * Time: get, has, delete O(1); set of a new key into a full cache O(capacity). With the bench's n
 * (fill n/2, then only hits) there is no eviction after the fill, so it runs in O(n); under churn
 * (every set a new key) it is O(n · capacity) = O(n²).
 * exposed by: a full cache followed by a long stream of sets of fresh keys (each one evicts).
 */
interface Slot<V> {
  value: V;
  /** Value of the use counter at this key's last `get` or `set`: larger is more recent. */
  stamp: number;
}

export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #slots = new Map<K, Slot<V>>();
  #clock = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    const slot = this.#slots.get(key);
    if (slot === undefined) return undefined;
    slot.stamp = ++this.#clock;
    return slot.value;
  }

  set(key: K, value: V): void {
    const slot = this.#slots.get(key);
    if (slot !== undefined) {
      slot.value = value;
      slot.stamp = ++this.#clock;
      return;
    }
    if (this.#slots.size >= this.#capacity) this.#evictOldest();
    this.#slots.set(key, { value, stamp: ++this.#clock });
  }

  has(key: K): boolean {
    return this.#slots.has(key);
  }

  delete(key: K): boolean {
    return this.#slots.delete(key);
  }

  get size(): number {
    return this.#slots.size;
  }

  /** The cost: a full pass over every stored entry to find the smallest stamp. */
  #evictOldest(): void {
    let oldestKey: K | undefined;
    let oldestStamp = Infinity;
    for (const [key, slot] of this.#slots) {
      if (slot.stamp < oldestStamp) {
        oldestStamp = slot.stamp;
        oldestKey = key;
      }
    }
    this.#slots.delete(oldestKey as K);
  }
}
