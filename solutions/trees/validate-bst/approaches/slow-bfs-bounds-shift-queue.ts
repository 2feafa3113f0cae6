/**
 * slow: top-down bounds check in breadth-first order, with the queue as a plain array drained by `shift()`.
 * Time: O(n) while the queue stays short, but V8's `shift()` moves the whole array once it holds
 * more than about 16 000 entries, so O(n·w) for a tree whose widest level holds w nodes; a
 * balanced tree has w ≈ n/2, O(n²) (n nodes). Chains (the bench) keep the queue at one entry.
 * exposed by: wide trees — a complete (balanced) valid BST of n ≥ 50 000 nodes (the bench's complete-BST family).
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

interface Pending {
  node: TreeNode;
  /** Exclusive bounds inherited from the ancestors. */
  above: number;
  below: number;
}

export function isValidBst(root: TreeNode | null): boolean {
  const queue: Pending[] = root ? [{ node: root, above: -Infinity, below: Infinity }] : [];
  while (queue.length > 0) {
    const { node, above, below } = queue.shift()!;
    if (node.value <= above || node.value >= below) return false;
    if (node.left) queue.push({ node: node.left, above, below: node.value });
    if (node.right) queue.push({ node: node.right, above: node.value, below });
  }
  return true;
}
