/**
 * slow: push only appends and marks the array dirty; pop and peek sort the whole array (largest first) whenever it is dirty, then take from the end.
 * time: O(n log n) for the bench's n pushes followed by n pops (one sort); O(n) per pop after a push in an interleaved workload (a re-sort of an almost sorted array), so O(n²) for a mixed push/pop stream.
 * exposed by: interleaved pushes and pops on a large heap, e.g. push n/2 random values, then n/2 times "push one value, pop one" (every pop re-sorts n/2 values).
 *
 * "Sort when somebody asks" is the lazy-evaluation instinct: batch all the writes, pay once. It is
 * exactly right for the bench's workload (every push happens before the first pop), which is why
 * the bench cannot see the problem. A priority queue in real use (schedulers, Dijkstra) interleaves
 * pushes and pops, and then every pop pays for a full sort. Even TimSort, which finishes an almost
 * sorted array in one linear pass, still reads all n values each time.
 */
export class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;
  /** Whether values were appended since the last sort. */
  #dirty = false;

  constructor(compare?: (a: T, b: T) => number) {
    this.#compare = compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  push(value: T): void {
    this.#items.push(value);
    this.#dirty = true;
  }

  pop(): T | undefined {
    this.#settle();
    return this.#items.pop();
  }

  peek(): T | undefined {
    this.#settle();
    const items = this.#items;
    return items.length === 0 ? undefined : items[items.length - 1];
  }

  get size(): number {
    return this.#items.length;
  }

  /** Sorts descending by the heap order, so the next value out is the last one. */
  #settle(): void {
    if (!this.#dirty) return;
    const compare = this.#compare;
    this.#items.sort((a, b) => compare(b, a));
    this.#dirty = false;
  }
}
