/**
 * optimal: a treap (binary search tree kept balanced by random priorities) with subtree sizes; add inserts with rotations, and the median is found by rank and cached until the next add.
 * time: O(log n) expected per add (insert plus two rank walks), O(1) per median(): O(n log n) for the bench's n adds each followed by median().
 *
 * Instead of two heaps split at the middle, one balanced order-statistic tree: the i-th smallest
 * value is found by walking down and comparing i with left-subtree sizes. Random priorities keep
 * the expected depth logarithmic whatever order the values arrive in (sorted streams included).
 * Insertion recurses only to the expected O(log n) depth. This structure also answers any other
 * percentile, which the two-heap trick cannot.
 */
interface Node {
  value: number;
  priority: number;
  size: number;
  left: Node | null;
  right: Node | null;
}

export class MedianFinder {
  #root: Node | null = null;
  #median = Number.NaN;

  add(value: number): void {
    this.#root = insert(this.#root, { value, priority: Math.random(), size: 1, left: null, right: null });
    const root = this.#root;
    const n = root.size;
    const upper = kth(root, n >> 1);
    this.#median = n % 2 === 1 ? upper : (kth(root, (n >> 1) - 1) + upper) / 2;
  }

  median(): number {
    if (this.#root === null) throw new RangeError('median() of an empty stream: add a value first.');
    return this.#median;
  }
}

const sizeOf = (node: Node | null): number => (node === null ? 0 : node.size);

function insert(root: Node | null, node: Node): Node {
  if (root === null) return node;
  root.size++;
  if (node.value < root.value) {
    root.left = insert(root.left, node);
    if (root.left.priority > root.priority) return rotateRight(root);
  } else {
    root.right = insert(root.right, node);
    if (root.right.priority > root.priority) return rotateLeft(root);
  }
  return root;
}

/** Lifts the left child above `node`, keeping the search order; sizes are recomputed. */
function rotateRight(node: Node): Node {
  const child = node.left!;
  node.left = child.right;
  child.right = node;
  node.size = sizeOf(node.left) + sizeOf(node.right) + 1;
  child.size = sizeOf(child.left) + node.size + 1;
  return child;
}

function rotateLeft(node: Node): Node {
  const child = node.right!;
  node.right = child.left;
  child.left = node;
  node.size = sizeOf(node.left) + sizeOf(node.right) + 1;
  child.size = node.size + sizeOf(child.right) + 1;
  return child;
}

/** The value of 0-based rank `k` in the tree. */
function kth(root: Node, k: number): number {
  let at: Node = root;
  for (;;) {
    const leftSize = sizeOf(at.left);
    if (k < leftSize) at = at.left!;
    else if (k === leftSize) return at.value;
    else {
      k -= leftSize + 1;
      at = at.right!;
    }
  }
}
