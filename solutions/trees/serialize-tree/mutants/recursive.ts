// Mutant: the textbook recursive preorder in both directions: a 100 000-deep tree overflows the
// call stack.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function serialize(root: TreeNode | null): string {
  return root === null ? '#' : `${root.value},${serialize(root.left)},${serialize(root.right)}`;
}

export function deserialize(data: string): TreeNode | null {
  const entries = data.split(',');
  let next = 0;
  const read = (): TreeNode | null => {
    if (next >= entries.length) throw new SyntaxError('Truncated data.');
    const entry = entries[next++]!;
    if (entry === '#') return null;
    if (!/^(?:0|-?[1-9][0-9]*)$/.test(entry) || !Number.isSafeInteger(Number(entry))) throw new SyntaxError(`Bad entry ${entry}.`);
    const node: TreeNode = { value: Number(entry), left: null, right: null };
    node.left = read();
    node.right = read();
    return node;
  };
  const root = read();
  if (next !== entries.length) throw new SyntaxError('Unexpected data after a complete tree.');
  return root;
}
