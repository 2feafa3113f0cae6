// Mutant: the level loop reads `queue.length` on every iteration while shifting from and pushing
// to the same queue, so a level's bound moves and rows split and merge wrongly.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  const queue: TreeNode[] = root ? [root] : [];
  while (queue.length > 0) {
    const row: number[] = [];
    for (let i = 0; i < queue.length; i++) {
      const node = queue.shift()!;
      row.push(node.value);
      if (node.left) queue.push(node.left);
      if (node.right) queue.push(node.right);
    }
    rows.push(row);
  }
  return rows;
}
