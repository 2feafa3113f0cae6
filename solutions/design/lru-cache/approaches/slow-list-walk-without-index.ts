/**
 * slow: values live in a Map, recency in a doubly linked list of keys, but there is no key-to-node index, so every hit walks the list to find its node before moving it to the front.
 * Time: eviction and insertion O(1); a `get` hit or a `set` that replaces a value, and `delete`,
 * walk the list from the most recent end: O(distance from the front), up to O(capacity). For the
 * bench's n (random hits on a cache of n/2 keys) that is O(n) per hit, O(n²) in total.
 * exposed by: hits on keys spread uniformly over a large cache (or on the least recent keys).
 */
interface Link<K> {
  key: K;
  prev: Link<K> | null;
  next: Link<K> | null;
}

export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #values = new Map<K, V>();
  /** Most recently used end. */
  #front: Link<K> | null = null;
  /** Least recently used end. */
  #back: Link<K> | null = null;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    if (!this.#values.has(key)) return undefined;
    this.#moveToFront(this.#find(key));
    return this.#values.get(key);
  }

  set(key: K, value: V): void {
    if (this.#values.has(key)) {
      this.#moveToFront(this.#find(key));
    } else {
      if (this.#values.size >= this.#capacity) {
        const oldest = this.#back!;
        this.#unlink(oldest);
        this.#values.delete(oldest.key);
      }
      this.#pushFront({ key, prev: null, next: null });
    }
    this.#values.set(key, value);
  }

  has(key: K): boolean {
    return this.#values.has(key);
  }

  delete(key: K): boolean {
    if (!this.#values.delete(key)) return false;
    this.#unlink(this.#find(key));
    return true;
  }

  get size(): number {
    return this.#values.size;
  }

  /** The cost: a linear walk, since nothing maps a key to its link. The key is known to be present. */
  #find(key: K): Link<K> {
    let link = this.#front;
    // SameValueZero, as Map compares: NaN matches NaN.
    while (link !== null && !(link.key === key || (link.key !== link.key && key !== key))) link = link.next;
    return link!;
  }

  #moveToFront(link: Link<K>): void {
    if (link === this.#front) return;
    this.#unlink(link);
    this.#pushFront(link);
  }

  #unlink(link: Link<K>): void {
    if (link.prev !== null) link.prev.next = link.next;
    else this.#front = link.next;
    if (link.next !== null) link.next.prev = link.prev;
    else this.#back = link.prev;
    link.prev = link.next = null;
  }

  #pushFront(link: Link<K>): void {
    link.prev = null;
    link.next = this.#front;
    if (this.#front !== null) this.#front.prev = link;
    this.#front = link;
    if (this.#back === null) this.#back = link;
  }
}
