// Mutant: iterative bounds check that tests each bound for truthiness, so a bound of 0 is
// treated as "no bound".
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack: [TreeNode, number | null, number | null][] = root ? [[root, null, null]] : [];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (low && node.value <= low) return false;
    if (high && node.value >= high) return false;
    if (node.left) stack.push([node.left, low, node.value]);
    if (node.right) stack.push([node.right, node.value, high]);
  }
  return true;
}
