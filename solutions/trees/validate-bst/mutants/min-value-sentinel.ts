// Mutant: starts the in-order "previous value" at Number.MIN_VALUE, which is the smallest
// positive double, not the most negative number: trees with values <= 0 are rejected.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const stack: TreeNode[] = [];
  let current = root;
  let previous = Number.MIN_VALUE;
  while (current !== null || stack.length > 0) {
    while (current !== null) {
      stack.push(current);
      current = current.left;
    }
    const node = stack.pop()!;
    if (node.value <= previous) return false;
    previous = node.value;
    current = node.right;
  }
  return true;
}
