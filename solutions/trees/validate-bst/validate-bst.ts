/**
 * Reference: iterative in-order traversal with an explicit stack.
 *
 * A binary tree is a strict BST exactly when its in-order sequence is strictly increasing: the
 * in-order walk lists a node's whole left subtree before it and its whole right subtree after
 * it, so "every left value < node < every right value" at every node is the same statement as
 * "each value is greater than the one listed before it".
 *
 * The explicit stack holds the path of nodes whose left subtree is being walked, so it is as
 * deep as the tree but lives on the heap: no call-stack overflow at depth 100 000.
 *
 * Complexity: O(n) time, O(height) extra memory. Stops at the first out-of-order value.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack: TreeNode[] = [];
  let current = root;
  let hasPrevious = false;
  let previous = 0;
  while (current !== null || stack.length > 0) {
    while (current !== null) {
      stack.push(current);
      current = current.left;
    }
    const node = stack.pop()!;
    if (hasPrevious && node.value <= previous) return false;
    hasPrevious = true;
    previous = node.value;
    current = node.right;
  }
  return true;
}
