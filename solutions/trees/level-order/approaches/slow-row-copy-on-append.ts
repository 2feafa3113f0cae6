/**
 * slow: immutable-style rows — every value is added with `rows[d] = [...rows[d], value]`, copying the row each time (filled by a depth-first walk with an explicit stack).
 * Time: O(Σ w_d²), w_d the width of level d: O(n) on a chain (every row holds one value), O(n²)
 * on a complete tree whose last row holds n/2 values (n nodes).
 * exposed by: wide trees — a complete binary tree, or any tree with one level of Θ(n) nodes.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  const stack: { node: TreeNode; depth: number }[] = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    rows[depth] = [...(rows[depth] ?? []), node.value];
    if (node.right) stack.push({ node: node.right, depth: depth + 1 });
    if (node.left) stack.push({ node: node.left, depth: depth + 1 });
  }
  return rows;
}
