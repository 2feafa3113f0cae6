/**
 * slow: tasks kept in an array sorted from least to most urgent; `push` binary-searches its place and `splice`s the task in, `pop` takes the last element.
 * Time: pop/peek O(1); push O(log n) to search plus O(n) to shift the array when the task does not
 * land at the end. For the bench's ten random priority levels most pushes land mid-array: O(n²)
 * in total, with a small constant (the shift is a memory move): clearly quadratic only from
 * n ≈ 65 536 on.
 * exposed by: priorities that arrive out of order, e.g. random, or increasing priorities (each new task is the least urgent and goes to the front).
 */
interface Task<T> {
  item: T;
  priority: number;
}

export class PriorityTaskQueue<T> {
  /** Descending urgency: the next task to leave is at the end. */
  readonly #sorted: Task<T>[] = [];

  push(item: T, priority: number): void {
    const sorted = this.#sorted;
    // Insert before every task that is strictly more urgent and after every task with the same
    // or a larger priority: among equals the newer task sits nearer the front, so it leaves later.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.priority > priority) lo = mid + 1;
      else hi = mid;
    }
    // The cost: every task from `lo` on moves one slot.
    sorted.splice(lo, 0, { item, priority });
  }

  pop(): T | undefined {
    return this.#sorted.pop()?.item;
  }

  peek(): T | undefined {
    return this.#sorted[this.#sorted.length - 1]?.item;
  }

  get size(): number {
    return this.#sorted.length;
  }
}
