// Mutant: returns null (the empty tree) for malformed data instead of throwing SyntaxError.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function serialize(root: TreeNode | null): string {
  const entries: string[] = [];
  const stack: (TreeNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) entries.push('#');
    else {
      entries.push(String(node.value));
      stack.push(node.right, node.left);
    }
  }
  return entries.join(',');
}

export function deserialize(data: string): TreeNode | null {
  const entries = data.split(',');
  const parents: (TreeNode | null)[] = [null];
  const sides: ('left' | 'right')[] = ['left'];
  let root: TreeNode | null = null;
  for (const entry of entries) {
    if (parents.length === 0) return null;
    const parent = parents.pop()!;
    const side = sides.pop()!;
    let node: TreeNode | null = null;
    if (entry !== '#') {
      if (!/^(?:0|-?[1-9][0-9]*)$/.test(entry) || !Number.isSafeInteger(Number(entry))) return null;
      node = { value: Number(entry), left: null, right: null };
      parents.push(node, node);
      sides.push('right', 'left');
    }
    if (parent === null) root = node;
    else parent[side] = node;
  }
  return parents.length > 0 ? null : root;
}
