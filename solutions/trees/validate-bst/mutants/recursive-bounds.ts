// Mutant: the textbook bounds check, but recursive: a 100 000-deep tree overflows the call stack.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function within(node: TreeNode | null, low: number, high: number): boolean {
  if (node === null) return true;
  if (node.value <= low || node.value >= high) return false;
  return within(node.left, low, node.value) && within(node.right, node.value, high);
}

export function isValidBst(root: TreeNode | null): boolean {
  return within(root, -Infinity, Infinity);
}
