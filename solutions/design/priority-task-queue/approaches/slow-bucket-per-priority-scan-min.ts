/**
 * slow: one FIFO bucket per distinct priority in a Map; `pop` and `peek` find the most urgent bucket by scanning every priority currently in use.
 * Time: push O(1); pop/peek O(distinct priorities queued). The bench draws priorities from ten
 * levels, so O(1) per operation there and O(n) in total; with all-distinct priorities it is O(n)
 * per pop, O(n²) in total.
 * exposed by: distinct priorities (e.g. random floats, or push i with priority i reversed).
 */
interface Bucket<T> {
  items: T[];
  /** Index of the first item not yet popped. */
  head: number;
}

export class PriorityTaskQueue<T> {
  readonly #buckets = new Map<number, Bucket<T>>();
  #size = 0;

  push(item: T, priority: number): void {
    // -0 and 0 are the same priority; Map already treats them as one key.
    let bucket = this.#buckets.get(priority);
    if (bucket === undefined) {
      bucket = { items: [], head: 0 };
      this.#buckets.set(priority, bucket);
    }
    bucket.items.push(item);
    this.#size++;
  }

  pop(): T | undefined {
    const priority = this.#lowest();
    if (priority === undefined) return undefined;
    const bucket = this.#buckets.get(priority)!;
    const item = bucket.items[bucket.head]!;
    bucket.items[bucket.head] = undefined as T;
    bucket.head++;
    if (bucket.head === bucket.items.length) {
      this.#buckets.delete(priority);
    } else if (bucket.head > 64 && bucket.head * 2 > bucket.items.length) {
      bucket.items = bucket.items.slice(bucket.head);
      bucket.head = 0;
    }
    this.#size--;
    return item;
  }

  peek(): T | undefined {
    const priority = this.#lowest();
    if (priority === undefined) return undefined;
    const bucket = this.#buckets.get(priority)!;
    return bucket.items[bucket.head];
  }

  get size(): number {
    return this.#size;
  }

  /** The cost: a pass over every priority level in use. */
  #lowest(): number | undefined {
    let lowest: number | undefined;
    for (const priority of this.#buckets.keys()) if (lowest === undefined || priority < lowest) lowest = priority;
    return lowest;
  }
}
