/**
 * slow: a correct binary heap on push, but pop removes the root with `shift()` and rebuilds the whole heap bottom-up, instead of moving the last value to the root and sifting it down.
 * time: O(n log n) for n pushes (sift up), O(n) per pop (the shift moves every value and the rebuild visits every parent): O(n²) for the bench's n pushes then n pops.
 * exposed by: any long run of pops on a large heap (the bench's input already does it).
 *
 * The layout trick of a heap is that the parent/child relation lives in the indices. Taking the
 * root out with `shift()` renumbers every value, which scrambles the relation, so this version
 * repairs it with a full bottom-up heapify: correct, O(n), and run on every single pop.
 */
export class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare?: (a: T, b: T) => number) {
    this.#compare = compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  push(value: T): void {
    const a = this.#items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#compare(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.#items;
    if (a.length === 0) return undefined;
    const top = a.shift()!; // every index moves down by one: the tree shape is gone
    for (let i = (a.length >> 1) - 1; i >= 0; i--) this.#siftDown(i);
    return top;
  }

  peek(): T | undefined {
    return this.#items.length === 0 ? undefined : this.#items[0];
  }

  get size(): number {
    return this.#items.length;
  }

  #siftDown(i: number): void {
    const a = this.#items;
    const n = a.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) return;
      const right = left + 1;
      const child = right < n && this.#compare(a[right]!, a[left]!) < 0 ? right : left;
      if (this.#compare(a[child]!, a[i]!) >= 0) return;
      [a[i], a[child]] = [a[child]!, a[i]!];
      i = child;
    }
  }
}
