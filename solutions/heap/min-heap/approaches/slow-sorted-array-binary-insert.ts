/**
 * slow: keeps every value in one array sorted from largest to smallest, so pop is `Array.pop()`, and places each push with a binary search plus `splice`.
 * time: O(n²) for the bench's n pushes then n pops: O(log n) comparisons but O(n) element moves per push (splice shifts the tail), O(1) per pop.
 * exposed by: values pushed in ascending order (each new value is the largest so far and is spliced in at index 0, shifting every value held); random values shift half the array on average.
 *
 * The idea people reach for when they know binary search but not heaps: a sorted array answers
 * peek and pop in O(1) and finds the insertion point in O(log n), which looks logarithmic. The
 * hidden cost is `splice`, a memmove of everything after the insertion point. It is a very cheap
 * memmove, so the quadratic term only dominates once the heap holds tens of thousands of values.
 */
export class MinHeap<T> {
  /** Sorted so that the value to hand out next sits at the END: pop is O(1). */
  readonly #desc: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare?: (a: T, b: T) => number) {
    this.#compare = compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  push(value: T): void {
    const a = this.#desc;
    // First index whose value comes out no later than `value` (a[i] <= value in heap order):
    // everything before it comes out later, so `value` goes right there.
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(a[mid]!, value) > 0) lo = mid + 1;
      else hi = mid;
    }
    a.splice(lo, 0, value); // the O(n) step: shifts a[lo..] one slot right
  }

  pop(): T | undefined {
    return this.#desc.pop();
  }

  peek(): T | undefined {
    const a = this.#desc;
    return a.length === 0 ? undefined : a[a.length - 1];
  }

  get size(): number {
    return this.#desc.length;
  }
}
