// Mutant: a graph BFS template with a visited set keyed by node value, so a node whose value
// was already seen is skipped together with its whole subtree.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  if (!root) return rows;
  const seen = new Set<number>([root.value]);
  let level: TreeNode[] = [root];
  while (level.length > 0) {
    rows.push(level.map((node) => node.value));
    const next: TreeNode[] = [];
    for (const node of level) {
      for (const child of [node.left, node.right]) {
        if (child && !seen.has(child.value)) {
          seen.add(child.value);
          next.push(child);
        }
      }
    }
    level = next;
  }
  return rows;
}
