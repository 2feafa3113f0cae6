// Mutant: writes only the values, in level order, without markers for empty children, and
// rebuilds a complete-shaped tree from them: the shape is lost.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function serialize(root: TreeNode | null): string {
  const values: number[] = [];
  const queue = root ? [root] : [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    values.push(node.value);
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  return values.join(',');
}

export function deserialize(data: string): TreeNode | null {
  if (data === '') return null;
  const nodes = data.split(',').map((entry) => {
    if (!/^(?:0|-?[1-9][0-9]*)$/.test(entry) || !Number.isSafeInteger(Number(entry))) throw new SyntaxError(`Bad entry ${entry}.`);
    return { value: Number(entry), left: null, right: null } as TreeNode;
  });
  nodes.forEach((node, i) => {
    node.left = nodes[2 * i + 1] ?? null;
    node.right = nodes[2 * i + 2] ?? null;
  });
  return nodes[0]!;
}
