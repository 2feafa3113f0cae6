/**
 * slow: tasks sit unsorted in an array; `pop` and `peek` scan all of them for the smallest (priority, arrival) and `pop` fills the hole with the last task.
 * Time: push O(1); pop/peek O(queued tasks). The bench's queue grows to ~n/3, so O(n) per pop and
 * O(n²) in total on any input with a growing queue.
 * exposed by: any workload where the queue holds many tasks (the bench's 2 pushes : 1 pop already).
 */
interface Task<T> {
  item: T;
  priority: number;
  arrival: number;
}

export class PriorityTaskQueue<T> {
  readonly #tasks: Task<T>[] = [];
  #arrivals = 0;

  push(item: T, priority: number): void {
    this.#tasks.push({ item, priority, arrival: this.#arrivals++ });
  }

  pop(): T | undefined {
    const i = this.#best();
    if (i < 0) return undefined;
    const tasks = this.#tasks;
    const { item } = tasks[i]!;
    const last = tasks.pop()!;
    if (i < tasks.length) tasks[i] = last;
    return item;
  }

  peek(): T | undefined {
    const i = this.#best();
    return i < 0 ? undefined : this.#tasks[i]!.item;
  }

  get size(): number {
    return this.#tasks.length;
  }

  /** The cost: every queued task is compared on every pop and peek. */
  #best(): number {
    const tasks = this.#tasks;
    let best = -1;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]!;
      if (best < 0) {
        best = i;
        continue;
      }
      const b = tasks[best]!;
      if (t.priority < b.priority || (t.priority === b.priority && t.arrival < b.arrival)) best = i;
    }
    return best;
  }
}
