/**
 * slow: a binary search tree without balancing, each node counting the size of its subtree; add walks down from the root, median() walks down by rank (order statistic).
 * time: O(height) per add and per median(): O(log n) expected on random input such as the bench's, so O(n log n) in total there; O(n) per call when the tree degenerates into a path, so O(n²).
 * exposed by: a sorted stream (ascending or descending values, or all values equal), which builds a single long path.
 *
 * An order-statistic tree is a fine answer to "median of a stream", and on random values it even
 * looks balanced. Without rotations (AVL, red-black, treap) its shape is the insertion order's
 * shape, and a stream that arrives already sorted, like timestamps or ids, turns it into a linked
 * list. Both walks are loops, so the degenerate case is slow rather than a stack overflow.
 */
interface Node {
  value: number;
  size: number;
  left: Node | null;
  right: Node | null;
}

export class MedianFinder {
  #root: Node | null = null;

  add(value: number): void {
    const node: Node = { value, size: 1, left: null, right: null };
    if (this.#root === null) {
      this.#root = node;
      return;
    }
    let at = this.#root;
    for (;;) {
      at.size++;
      if (value < at.value) {
        if (at.left === null) {
          at.left = node;
          return;
        }
        at = at.left;
      } else {
        if (at.right === null) {
          at.right = node;
          return;
        }
        at = at.right;
      }
    }
  }

  median(): number {
    const root = this.#root;
    if (root === null) throw new RangeError('median() of an empty stream: add a value first.');
    const n = root.size;
    const upper = kth(root, n >> 1);
    return n % 2 === 1 ? upper : (kth(root, (n >> 1) - 1) + upper) / 2;
  }
}

/** The value of 0-based rank `k` in the subtree of `node`. */
function kth(node: Node, k: number): number {
  let at: Node = node;
  for (;;) {
    const leftSize = at.left === null ? 0 : at.left.size;
    if (k < leftSize) at = at.left!;
    else if (k === leftSize) return at.value;
    else {
      k -= leftSize + 1;
      at = at.right!;
    }
  }
}
