/**
 * optimal: a pairing heap of tasks ordered by (priority, arrival): push melds a one-node heap with the root, pop melds the root's children pairwise left to right and then right to left.
 * Time: push and peek O(1); pop amortised O(log n); O(n log n) for the bench's n operations.
 * The two-pass meld is iterative, so a long child list cannot overflow the stack.
 */
interface Node<T> {
  item: T;
  priority: number;
  arrival: number;
  /** First child, and the next sibling in the parent's child list. */
  child: Node<T> | null;
  sibling: Node<T> | null;
}

function first<T>(a: Node<T>, b: Node<T>): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.arrival < b.arrival);
}

/** Links two roots: the later one becomes the first child of the earlier one. */
function meld<T>(a: Node<T>, b: Node<T>): Node<T> {
  if (first(b, a)) [a, b] = [b, a];
  b.sibling = a.child;
  a.child = b;
  return a;
}

export class PriorityTaskQueue<T> {
  #root: Node<T> | null = null;
  #size = 0;
  #arrivals = 0;

  push(item: T, priority: number): void {
    const node: Node<T> = { item, priority, arrival: this.#arrivals++, child: null, sibling: null };
    this.#root = this.#root === null ? node : meld(this.#root, node);
    this.#size++;
  }

  pop(): T | undefined {
    const root = this.#root;
    if (root === null) return undefined;
    this.#root = this.#mergeChildren(root.child);
    this.#size--;
    return root.item;
  }

  peek(): T | undefined {
    return this.#root?.item;
  }

  get size(): number {
    return this.#size;
  }

  #mergeChildren(head: Node<T> | null): Node<T> | null {
    // Pass 1: meld neighbours pairwise, left to right.
    const pairs: Node<T>[] = [];
    while (head !== null) {
      const a = head;
      const b = a.sibling;
      head = b === null ? null : b.sibling;
      a.sibling = null;
      if (b === null) {
        pairs.push(a);
      } else {
        b.sibling = null;
        pairs.push(meld(a, b));
      }
    }
    // Pass 2: meld the results right to left into one heap.
    let result: Node<T> | null = pairs.pop() ?? null;
    while (pairs.length > 0) result = meld(pairs.pop()!, result!);
    return result;
  }
}
