/**
 * Brute force: one full walk per depth. For d = 0, 1, 2, … walk the tree from the root (preorder,
 * left before right, with an explicit stack, going no deeper than d) and keep the values found
 * at depth exactly d; stop at the first depth with none. Correct, but every row re-walks the
 * whole tree above it: O(n·height), O(n²) on a tall tree.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

function valuesAtDepth(root: TreeNode | null, target: number): number[] {
  const row: number[] = [];
  const nodes: TreeNode[] = root ? [root] : [];
  const depths: number[] = root ? [0] : [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth === target) {
      row.push(node.value);
      continue; // nothing below the target depth matters for this row
    }
    if (node.right) {
      nodes.push(node.right);
      depths.push(depth + 1);
    }
    if (node.left) {
      nodes.push(node.left);
      depths.push(depth + 1);
    }
  }
  return row;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  for (let depth = 0; ; depth++) {
    const row = valuesAtDepth(root, depth);
    if (row.length === 0) return rows;
    rows.push(row);
  }
}
