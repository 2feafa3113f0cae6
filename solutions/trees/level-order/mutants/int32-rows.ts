// Mutant: knows each level's size before reading it, so it fills each row into a preallocated
// Int32Array and converts it at the end: fractions truncate and values of 2^31 or more wrap,
// 0.5(4294967296, -) gives [[0], [0]] instead of [[0.5], [4294967296]].
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function levelOrder(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  let level: TreeNode[] = root ? [root] : [];
  while (level.length > 0) {
    const row = new Int32Array(level.length);
    const next: TreeNode[] = [];
    level.forEach((node, i) => {
      row[i] = node.value;
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    });
    rows.push(Array.from(row));
    level = next;
  }
  return rows;
}
