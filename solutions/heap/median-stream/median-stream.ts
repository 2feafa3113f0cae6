/**
 * Reference: two heaps around the middle.
 *
 * `low` is a max-heap of the smaller half, `high` a min-heap of the larger half.
 * Invariants after every add: every value in `low` is <= every value in `high`, and
 * `low.length` is `high.length` or `high.length + 1`. So the median is `low`'s top (odd count) or
 * the mean of both tops (even count).
 *
 * Complexity: add is O(log n) (at most three heap operations), median is O(1). Memory O(n).
 */
export class MedianFinder {
  /** Max-heap, stored negated so both halves can share the min-heap helpers. */
  readonly #low: number[] = [];
  readonly #high: number[] = [];

  add(value: number): void {
    // Route through `low` so its largest value is what crosses to `high`: order is kept.
    push(this.#low, -value);
    push(this.#high, -pop(this.#low));
    if (this.#high.length > this.#low.length) push(this.#low, -pop(this.#high));
  }

  median(): number {
    if (this.#low.length === 0) throw new RangeError('median() of an empty stream: add a value first.');
    const lowTop = -this.#low[0]!;
    if (this.#low.length > this.#high.length) return lowTop;
    return (lowTop + this.#high[0]!) / 2;
  }
}

/** Min-heap push. */
function push(heap: number[], value: number): void {
  let i = heap.length;
  heap.push(value);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = value;
}

/** Min-heap pop; only called on a non-empty heap. */
function pop(heap: number[]): number {
  const top = heap[0]!;
  const last = heap.pop()!;
  const n = heap.length;
  if (n === 0) return top;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= last) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = last;
  return top;
}
