/**
 * optimal: bottom-up — a post-order walk with an explicit stack computes each subtree's minimum and maximum once, from its children's, and checks left max < node < right min.
 * Time: O(n), n nodes: each node is pushed once and passes through three stages (go left, go
 * right, combine); a finished subtree hands its (min, max) to its parent through two registers,
 * so no per-node map is needed, and the explicit stack survives 100 000 levels.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  if (root === null) return true;
  const nodes: TreeNode[] = [root];
  const stage: number[] = [0];
  // low[k] / high[k]: the extremes gathered so far for the subtree of nodes[k].
  const low: number[] = [root.value];
  const high: number[] = [root.value];
  // The extremes of the subtree that finished last.
  let doneLow = 0;
  let doneHigh = 0;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top]!;
    const step = stage[top]!;
    if (step === 1 && node.left) {
      // Left subtree finished: its maximum must stay below the node.
      if (doneHigh >= node.value) return false;
      low[top] = doneLow;
    } else if (step === 2 && node.right) {
      if (doneLow <= node.value) return false;
      high[top] = doneHigh;
    }
    if (step === 2) {
      doneLow = low[top]!;
      doneHigh = high[top]!;
      nodes.pop();
      stage.pop();
      low.pop();
      high.pop();
      continue;
    }
    stage[top] = step + 1;
    const child = step === 0 ? node.left : node.right;
    if (child) {
      nodes.push(child);
      stage.push(0);
      low.push(child.value);
      high.push(child.value);
    }
  }
  return true;
}
