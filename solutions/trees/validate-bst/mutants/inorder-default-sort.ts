// Mutant: collects the values in order and compares them with a copy sorted by the default
// `.sort()`, which orders numbers as text ("10" before "9"): 9(-, 10) is rejected although it is
// a valid BST.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const values: number[] = [];
  const path: TreeNode[] = [];
  let at = root;
  while (at || path.length > 0) {
    while (at) {
      path.push(at);
      at = at.left;
    }
    const node = path.pop()!;
    values.push(node.value);
    at = node.right;
  }
  if (new Set(values).size !== values.length) return false;
  const sorted = [...values].sort();
  return sorted.every((v, i) => v === values[i]);
}
