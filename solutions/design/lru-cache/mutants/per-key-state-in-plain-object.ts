// Mutant: indexes the list nodes in a plain object (`key in index`, `index[key]`) instead of a
// Map: on an empty cache `has('constructor')` is true and `get('toString')` throws a TypeError instead of returning
// undefined; `set('__proto__', 1)` replaces the object's prototype, so the entry is never found
// again by key (and every object key is the one string '[object Object]').
interface Node<K, V> {
  key: K;
  value: V;
  prev: Node<K, V>;
  next: Node<K, V>;
}

export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #index: Record<string, Node<K, V>> = {};
  #count = 0;
  readonly #head: Node<K, V>;
  readonly #tail: Node<K, V>;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.#capacity = capacity;
    // Sentinels never carry a real key or value; the casts only satisfy the node type.
    this.#head = { key: undefined as K, value: undefined as V } as Node<K, V>;
    this.#tail = { key: undefined as K, value: undefined as V, prev: this.#head, next: this.#head };
    this.#head.next = this.#tail;
    this.#head.prev = this.#head;
  }

  get(key: K): V | undefined {
    const node = this.#lookup(key);
    if (node === undefined) return undefined;
    this.#unlink(node);
    this.#append(node);
    return node.value;
  }

  set(key: K, value: V): void {
    const existing = this.#lookup(key);
    if (existing !== undefined) {
      // Replacing a value is a use but never changes the size: no eviction.
      existing.value = value;
      this.#unlink(existing);
      this.#append(existing);
      return;
    }
    if (this.#count === this.#capacity) {
      const oldest = this.#head.next;
      this.#unlink(oldest);
      delete this.#index[oldest.key as unknown as string];
      this.#count--;
    }
    const node = { key, value } as Node<K, V>;
    this.#append(node);
    this.#index[key as unknown as string] = node;
    this.#count++;
  }

  has(key: K): boolean {
    return this.#lookup(key) !== undefined;
  }

  delete(key: K): boolean {
    const node = this.#lookup(key);
    if (node === undefined) return false;
    this.#unlink(node);
    delete this.#index[key as unknown as string];
    this.#count--;
    return true;
  }

  get size(): number {
    return this.#count;
  }

  #lookup(key: K): Node<K, V> | undefined {
    const k = key as unknown as string;
    return k in this.#index ? this.#index[k] : undefined;
  }

  #unlink(node: Node<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  /** Links `node` just before the tail sentinel: the most recently used position. */
  #append(node: Node<K, V>): void {
    const last = this.#tail.prev;
    node.prev = last;
    node.next = this.#tail;
    last.next = node;
    this.#tail.prev = node;
  }
}
