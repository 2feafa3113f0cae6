/**
 * slow: one breadth-first queue of (node, depth) pairs drained with `Array.prototype.shift()`.
 * Time: O(n) while the queue is short, but V8's `shift()` moves the whole backing store once the
 * array holds more than about 16 000 entries: O(n·w) for a tree whose widest level holds w
 * nodes, O(n²) on a complete tree (w ≈ n/2) (n nodes). A chain (the bench) never queues more
 * than one node.
 * exposed by: wide trees — a complete binary tree of n ≥ 50 000 nodes (the bench's complete-tree family).
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  const queue: [TreeNode, number][] = root ? [[root, 0]] : [];
  while (queue.length > 0) {
    const [node, depth] = queue.shift()!;
    (rows[depth] ??= []).push(node.value);
    if (node.left) queue.push([node.left, depth + 1]);
    if (node.right) queue.push([node.right, depth + 1]);
  }
  return rows;
}
