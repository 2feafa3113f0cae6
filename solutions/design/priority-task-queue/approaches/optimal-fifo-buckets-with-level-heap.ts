/**
 * optimal: a FIFO bucket per distinct priority in a Map, plus a binary min-heap holding each priority in use once; the heap's top names the bucket to serve.
 * Time: O(1) for a push into an existing level, O(log L) to add or retire a level (L distinct
 * priorities queued, L <= n): O(log n) per operation at worst; O(n) for the bench's n operations
 * (ten levels). Ties need no sequence number: a bucket is first in, first out.
 */
interface Bucket<T> {
  items: T[];
  head: number;
}

export class PriorityTaskQueue<T> {
  readonly #buckets = new Map<number, Bucket<T>>();
  /** Min-heap of the priorities that have a non-empty bucket. */
  readonly #levels: number[] = [];
  #size = 0;

  push(item: T, priority: number): void {
    let bucket = this.#buckets.get(priority);
    if (bucket === undefined) {
      bucket = { items: [], head: 0 };
      this.#buckets.set(priority, bucket);
      this.#levelPush(priority);
    }
    bucket.items.push(item);
    this.#size++;
  }

  pop(): T | undefined {
    if (this.#size === 0) return undefined;
    const priority = this.#levels[0]!;
    const bucket = this.#buckets.get(priority)!;
    const item = bucket.items[bucket.head]!;
    bucket.items[bucket.head++] = undefined as T;
    if (bucket.head === bucket.items.length) {
      this.#buckets.delete(priority);
      this.#levelPop();
    } else if (bucket.head > 64 && bucket.head * 2 > bucket.items.length) {
      // Drop the served prefix once it outweighs the rest: amortised O(1) per item.
      bucket.items = bucket.items.slice(bucket.head);
      bucket.head = 0;
    }
    this.#size--;
    return item;
  }

  peek(): T | undefined {
    if (this.#size === 0) return undefined;
    const bucket = this.#buckets.get(this.#levels[0]!)!;
    return bucket.items[bucket.head];
  }

  get size(): number {
    return this.#size;
  }

  #levelPush(priority: number): void {
    const heap = this.#levels;
    let i = heap.length;
    heap.push(priority);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= priority) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = priority;
  }

  #levelPop(): void {
    const heap = this.#levels;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const child = left + 1 < heap.length && heap[left + 1]! < heap[left]! ? left + 1 : left;
      if (heap[child]! >= last) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}
