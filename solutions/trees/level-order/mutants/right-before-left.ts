// Mutant: enqueues the right child before the left one, so every level comes out right to left.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  let level: TreeNode[] = root ? [root] : [];
  while (level.length > 0) {
    rows.push(level.map((node) => node.value));
    const next: TreeNode[] = [];
    for (const node of level) {
      if (node.right) next.push(node.right);
      if (node.left) next.push(node.left);
    }
    level = next;
  }
  return rows;
}
