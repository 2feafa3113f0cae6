// Mutant: compares each node with its own children only, so a deep node that breaks an
// ancestor's bound goes unnoticed.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.left) {
      if (node.left.value >= node.value) return false;
      stack.push(node.left);
    }
    if (node.right) {
      if (node.right.value <= node.value) return false;
      stack.push(node.right);
    }
  }
  return true;
}
