/**
 * Reference: a binary heap stored in an array.
 *
 * Layout: the children of index i are 2i + 1 and 2i + 2, its parent is (i - 1) >> 1.
 * Invariant: no value comes before its parent in the heap's order, so index 0 holds a smallest
 * value. Both sifts walk one root-to-leaf path of a complete tree, whose height is ⌊log2 n⌋.
 *
 * Complexity: push and pop O(log n) comparisons and moves, peek and size O(1); n pushes then
 * n pops cost O(n log n). Extra memory: the array itself.
 */
export class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare?: (a: T, b: T) => number) {
    this.#compare = compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  push(value: T): void {
    const items = this.#items;
    items.push(value);
    // Sift up: move the hole toward the root while the parent comes after the new value.
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#compare(value, items[parent]!) >= 0) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): T | undefined {
    const items = this.#items;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const last = items.pop()!;
    // Removing the only value leaves nothing to re-seat at the root.
    if (items.length > 0) this.#siftDown(last);
    return top;
  }

  peek(): T | undefined {
    return this.#items.length === 0 ? undefined : this.#items[0];
  }

  get size(): number {
    return this.#items.length;
  }

  /** Place `value` into the hole at the root, moving the smaller child up while it comes first. */
  #siftDown(value: T): void {
    const items = this.#items;
    const n = items.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.#compare(items[child + 1]!, items[child]!) < 0) child++;
      if (this.#compare(items[child]!, value) >= 0) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = value;
  }
}
