// Mutant: the depth-first alternative (preorder, appending each value to the row of its depth),
// written recursively: a tree thousands of levels deep overflows the call stack.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  const walk = (node: TreeNode | null, depth: number): void => {
    if (!node) return;
    (rows[depth] ??= []).push(node.value);
    walk(node.left, depth + 1);
    walk(node.right, depth + 1);
  };
  walk(root, 0);
  return rows;
}
