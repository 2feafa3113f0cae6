/**
 * Brute force: an array of tasks, sorted by (priority, arrival) whenever the front is needed.
 * Correct (JavaScript's sort is stable, and the explicit `seq` tiebreak makes that irrelevant
 * anyway), but every `pop` or `peek` sorts the whole queue: O(n log n) per pop at worst, and
 * `shift` is O(n) on top. O(n² log n) for n operations.
 */
interface Entry<T> {
  item: T;
  priority: number;
  seq: number;
}

export class PriorityTaskQueue<T> {
  readonly #tasks: Entry<T>[] = [];
  #nextSeq = 0;

  push(item: T, priority: number): void {
    this.#tasks.push({ item, priority, seq: this.#nextSeq++ });
  }

  pop(): T | undefined {
    this.#sort();
    return this.#tasks.shift()?.item;
  }

  peek(): T | undefined {
    this.#sort();
    return this.#tasks[0]?.item;
  }

  get size(): number {
    return this.#tasks.length;
  }

  #sort(): void {
    this.#tasks.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
  }
}
