/**
 * Reference: a Map from key to node, plus a doubly linked list of the same nodes in recency order.
 *
 * Invariant: the list runs from `head.next` (least recently used) to `tail.prev` (most recently
 * used) and holds exactly the nodes in `index`. `head` and `tail` are sentinels, so unlinking and
 * appending never special-case an empty list or an end node.
 *
 * Complexity: every operation is one Map lookup plus a constant number of pointer updates, O(1).
 * Memory O(capacity). (A JavaScript Map keeps insertion order, so `delete` then `set` would give
 * the same result in a few lines; the explicit list is what interviewers ask you to build.)
 */
interface Node<K, V> {
  key: K;
  value: V;
  prev: Node<K, V>;
  next: Node<K, V>;
}

export class LRUCache<K, V> {
  readonly #capacity: number;
  readonly #index = new Map<K, Node<K, V>>();
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
    const node = this.#index.get(key);
    if (node === undefined) return undefined;
    this.#unlink(node);
    this.#append(node);
    return node.value;
  }

  set(key: K, value: V): void {
    const existing = this.#index.get(key);
    if (existing !== undefined) {
      // Replacing a value is a use but never changes the size: no eviction.
      existing.value = value;
      this.#unlink(existing);
      this.#append(existing);
      return;
    }
    if (this.#index.size === this.#capacity) {
      const oldest = this.#head.next;
      this.#unlink(oldest);
      this.#index.delete(oldest.key);
    }
    const node = { key, value } as Node<K, V>;
    this.#append(node);
    this.#index.set(key, node);
  }

  has(key: K): boolean {
    return this.#index.has(key);
  }

  delete(key: K): boolean {
    const node = this.#index.get(key);
    if (node === undefined) return false;
    this.#unlink(node);
    this.#index.delete(key);
    return true;
  }

  get size(): number {
    return this.#index.size;
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
