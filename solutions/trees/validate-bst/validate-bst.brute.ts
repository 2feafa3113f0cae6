/**
 * Brute force: check the definition node by node. For every node (top-down), walk its left
 * subtree for the maximum and its right subtree for the minimum and compare. Correct, and the
 * direct reading of the definition, but each node re-walks its whole subtree: O(n·height), O(n²)
 * on a tall tree. The walks use explicit stacks so deep trees do not overflow.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function extreme(root: TreeNode | null, pick: (a: number, b: number) => number, empty: number): number {
  let best = empty;
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    best = pick(best, node.value);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return best;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (extreme(node.left, Math.max, -Infinity) >= node.value) return false;
    if (extreme(node.right, Math.min, Infinity) <= node.value) return false;
    if (node.right) stack.push(node.right);
    if (node.left) stack.push(node.left);
  }
  return true;
}
