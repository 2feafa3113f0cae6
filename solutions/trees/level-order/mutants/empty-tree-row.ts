// Mutant: starts with an empty first row, so the empty tree gives [[]] instead of [].
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  let level: (TreeNode | null)[] = [root];
  while (level.length > 0) {
    const row: number[] = [];
    const next: TreeNode[] = [];
    for (const node of level) {
      if (!node) continue;
      row.push(node.value);
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    rows.push(row);
    level = next;
  }
  return rows;
}
