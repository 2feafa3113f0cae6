/**
 * optimal: a pairing heap, a tree of nodes where push melds a one-node tree into the root and pop melds the root's children back together in two passes.
 * time: O(n log n) for the bench's n pushes then n pops: push O(1), pop O(log n) amortised.
 *
 * A different data structure from the array-backed binary heap. Every node keeps its children as
 * a singly linked list (first child, next sibling). Melding two trees is O(1): the root that comes
 * later in the order becomes the first child of the other. Pop removes the root and must meld its
 * children: pairing them left to right, then folding the pairs right to left, is what gives the
 * O(log n) amortised bound (a plain left-to-right fold would not). Both passes are loops, so a
 * root with a hundred thousand children (n pushes and no pop yet) cannot overflow the stack.
 */
interface Node<T> {
  value: T;
  child: Node<T> | null;
  sibling: Node<T> | null;
}

export class MinHeap<T> {
  #root: Node<T> | null = null;
  #size = 0;
  readonly #compare: (a: T, b: T) => number;

  constructor(compare?: (a: T, b: T) => number) {
    this.#compare = compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  push(value: T): void {
    const node: Node<T> = { value, child: null, sibling: null };
    this.#root = this.#root === null ? node : this.#meld(this.#root, node);
    this.#size++;
  }

  pop(): T | undefined {
    const root = this.#root;
    if (root === null) return undefined;
    this.#size--;
    // Pass 1: meld the children two by two, left to right.
    const pairs: Node<T>[] = [];
    let next = root.child;
    while (next !== null) {
      const a = next;
      const b = a.sibling;
      if (b === null) {
        pairs.push(a);
        break;
      }
      next = b.sibling;
      a.sibling = null;
      b.sibling = null;
      pairs.push(this.#meld(a, b));
    }
    // Pass 2: fold the pairs into one tree, right to left.
    let merged: Node<T> | null = null;
    for (let i = pairs.length - 1; i >= 0; i--) merged = merged === null ? pairs[i]! : this.#meld(pairs[i]!, merged);
    this.#root = merged;
    return root.value;
  }

  peek(): T | undefined {
    return this.#root === null ? undefined : this.#root.value;
  }

  get size(): number {
    return this.#size;
  }

  /** Melds two roots (each without siblings): the later one becomes the other's first child. */
  #meld(a: Node<T>, b: Node<T>): Node<T> {
    if (this.#compare(b.value, a.value) < 0) [a, b] = [b, a];
    b.sibling = a.child;
    a.child = b;
    return a;
  }
}
