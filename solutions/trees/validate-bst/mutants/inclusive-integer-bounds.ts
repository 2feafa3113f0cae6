// Mutant: passes inclusive integer bounds down (value + 1 for the right subtree, value - 1 for
// the left), which is right for integers only: 1(-, 1.5) is rejected although 1.5 > 1.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack: [TreeNode, number, number][] = root ? [[root, -Infinity, Infinity]] : [];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (node.value < low || node.value > high) return false;
    if (node.left) stack.push([node.left, low, node.value - 1]);
    if (node.right) stack.push([node.right, node.value + 1, high]);
  }
  return true;
}
