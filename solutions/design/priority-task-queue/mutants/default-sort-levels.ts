// Mutant: one FIFO bucket per priority, with the priorities in use kept sorted by `.sort()` and no
// comparator, which orders numbers as strings: after `push('a', 10)` and `push('b', 2)`, `pop()`
// returns 'a' ('10' < '2'), and -1 comes out before -2.
export class PriorityTaskQueue<T> {
  readonly #buckets = new Map<number, { items: T[]; head: number }>();
  #levels: number[] = [];
  #size = 0;

  push(item: T, priority: number): void {
    let bucket = this.#buckets.get(priority);
    if (bucket === undefined) {
      bucket = { items: [], head: 0 };
      this.#buckets.set(priority, bucket);
      this.#levels.push(priority);
      this.#levels.sort();
    }
    bucket.items.push(item);
    this.#size++;
  }

  pop(): T | undefined {
    if (this.#size === 0) return undefined;
    const level = this.#levels[0]!;
    const bucket = this.#buckets.get(level)!;
    const item = bucket.items[bucket.head++]!;
    this.#size--;
    if (bucket.head === bucket.items.length) {
      this.#buckets.delete(level);
      this.#levels.shift();
    }
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
}
