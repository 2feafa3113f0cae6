/**
 * Reference: breadth-first search one level at a time.
 *
 * Invariant: at the top of the loop, `level` holds exactly the nodes at depth d, left to right.
 * Their children, collected left child before right child in that same order, are exactly the
 * nodes at depth d + 1, left to right, because the left-to-right order of a level is inherited
 * from the order of the parents.
 *
 * Swapping two arrays instead of shifting one queue keeps every step O(1).
 *
 * Complexity: O(n) time, O(width) extra memory besides the result. No recursion.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  let level: TreeNode[] = root ? [root] : [];
  while (level.length > 0) {
    const row: number[] = [];
    const next: TreeNode[] = [];
    for (const node of level) {
      row.push(node.value);
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    rows.push(row);
    level = next;
  }
  return rows;
}
