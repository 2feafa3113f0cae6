/**
 * Min-Heap: a priority queue that always hands back its smallest value next.
 * Read README.md for the rules and examples; run `npx kata check min-heap` to test.
 */
import { NotImplemented } from '#kit';

/** A binary min-heap ordered by `compare` (default: the `<` operator, ascending). */
export class MinHeap<T> {
  /**
   * @param compare optional order, like `Array.prototype.sort`'s: negative when `a` must come out
   *   before `b`, positive when after, zero on a tie. Default: ascending by `<`.
   */
  constructor(compare?: (a: T, b: T) => number) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('MinHeap');
  }

  /** Adds `value` to the heap. Target: O(log n). */
  push(value: T): void {
    throw new NotImplemented('MinHeap.push');
  }

  /** Removes and returns the smallest value, or `undefined` when the heap is empty. Target: O(log n). */
  pop(): T | undefined {
    throw new NotImplemented('MinHeap.pop');
  }

  /** Returns the smallest value without removing it, or `undefined` when empty. Target: O(1). */
  peek(): T | undefined {
    throw new NotImplemented('MinHeap.peek');
  }

  /** How many values the heap holds. */
  get size(): number {
    throw new NotImplemented('MinHeap.size');
  }
}
