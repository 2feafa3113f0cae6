/**
 * slow: number the nodes and record each one's parent, then get every node's depth by walking parent links up to the root, and bucket the values by depth.
 * Time: O(n·height) — the walk for a node is as long as its depth; on a chain that is
 * 0 + 1 + … + (n−1) = O(n²) (n nodes), though each step is a single typed-array read. Balanced
 * trees cost O(n log n).
 * exposed by: tall trees — one chain of n nodes turning left or right at random (the bench's input).
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  if (root === null) return [];
  // Breadth-first listing of the nodes (index-pointer queue), so each row is filled left to right.
  const order: TreeNode[] = [root];
  const parentIndex: number[] = [-1];
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    if (node.left) { order.push(node.left); parentIndex.push(head); }
    if (node.right) { order.push(node.right); parentIndex.push(head); }
  }
  const parent = Int32Array.from(parentIndex);
  const rows: number[][] = [];
  for (let i = 0; i < order.length; i++) {
    // The costly part: depth recomputed from scratch by climbing to the root.
    let depth = 0;
    for (let up = parent[i]!; up !== -1; up = parent[up]!) depth++;
    (rows[depth] ??= []).push(order[i]!.value);
  }
  return rows;
}
