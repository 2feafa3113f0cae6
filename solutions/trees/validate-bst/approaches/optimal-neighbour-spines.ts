/**
 * optimal: compare every node only with its in-order neighbours inside its own subtree — the rightmost node of its left subtree and the leftmost node of its right subtree — found by walking those spines.
 * Time: O(n), n nodes. Every consecutive pair of the in-order sequence is one of those two
 * comparisons, so all pairs increasing means a valid BST. A node lies on the right spine of the
 * left subtree of at most one ancestor (and on the left spine of the right subtree of at most
 * one), so all spine walks together visit at most 2n nodes.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const pending: TreeNode[] = root ? [root] : [];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.left) {
      let before = node.left;
      while (before.right) before = before.right;
      if (before.value >= node.value) return false;
      pending.push(node.left);
    }
    if (node.right) {
      let after = node.right;
      while (after.left) after = after.left;
      if (after.value <= node.value) return false;
      pending.push(node.right);
    }
  }
  return true;
}
