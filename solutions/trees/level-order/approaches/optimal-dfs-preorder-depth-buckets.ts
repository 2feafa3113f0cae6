/**
 * optimal: depth-first preorder with an explicit stack of (node, depth), appending each value to the row of its depth; left-before-right preorder visits every level left to right.
 * Time: O(n), n nodes: each node pushed and popped once, one array append each. Within a row,
 * preorder reaches a left subtree's nodes before the right subtree's, which is exactly the
 * left-to-right order of that level.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  const nodes: TreeNode[] = root ? [root] : [];
  const depths: number[] = root ? [0] : [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    // Depths are discovered in increasing order along any path, so a new row is always the next one.
    if (depth === rows.length) rows.push([]);
    rows[depth]!.push(node.value);
    // Right first so that left is popped (visited) first.
    if (node.right) { nodes.push(node.right); depths.push(depth + 1); }
    if (node.left) { nodes.push(node.left); depths.push(depth + 1); }
  }
  return rows;
}
