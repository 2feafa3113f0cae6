// Mutant: stores each priority as an Int32 (`priority | 0`, as an Int32Array heap would): fractions
// truncate and priorities past 2^31 wrap, so after `push('a', 2 ** 31)` and `push('b', 0)`, `pop()`
// returns 'a' (its priority became -2^31), and 0.5 ties with 0.
interface Entry<T> {
  item: T;
  priority: number;
  seq: number;
}

function before<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq);
}

export class PriorityTaskQueue<T> {
  readonly #heap: Entry<T>[] = [];
  #nextSeq = 0;

  push(item: T, priority: number): void {
    const heap = this.#heap;
    const entry: Entry<T> = { item, priority: priority | 0, seq: this.#nextSeq++ };
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
  }

  pop(): T | undefined {
    const heap = this.#heap;
    if (heap.length === 0) return undefined;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      // Sift `last` down from the root: move the smaller child up until `last` fits.
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= heap.length) break;
        if (child + 1 < heap.length && before(heap[child + 1]!, heap[child]!)) child++;
        if (!before(heap[child]!, last)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top.item;
  }

  peek(): T | undefined {
    return this.#heap[0]?.item;
  }

  get size(): number {
    return this.#heap.length;
  }
}
