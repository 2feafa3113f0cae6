/**
 * Priority Task Queue: most urgent task first (lowest priority number), ties in arrival order.
 * Read README.md for the rules and examples; run `npx kata check priority-task-queue` to test.
 */
import { NotImplemented } from '#kit';

/** A queue of tasks ordered by priority number (lowest first), first in first out among equals. */
export class PriorityTaskQueue<T> {
  /**
   * Adds a task.
   *
   * @param priority any finite number; lower numbers leave first
   */
  push(item: T, priority: number): void {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('PriorityTaskQueue.push');
  }

  /**
   * Removes the most urgent task: lowest priority number, earliest pushed among equals.
   *
   * @returns that task's item, or `undefined` if the queue is empty
   */
  pop(): T | undefined {
    throw new NotImplemented('PriorityTaskQueue.pop');
  }

  /** @returns the item `pop()` would return, without removing it; `undefined` if empty */
  peek(): T | undefined {
    throw new NotImplemented('PriorityTaskQueue.peek');
  }

  /** The number of queued tasks. */
  get size(): number {
    throw new NotImplemented('PriorityTaskQueue.size');
  }
}
