// Mutant: in-order walk that only rejects a value smaller than the previous one, so duplicates pass.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack: TreeNode[] = [];
  let current = root;
  let previous = -Infinity;
  while (current !== null || stack.length > 0) {
    while (current !== null) {
      stack.push(current);
      current = current.left;
    }
    const node = stack.pop()!;
    if (node.value < previous) return false;
    previous = node.value;
    current = node.right;
  }
  return true;
}
