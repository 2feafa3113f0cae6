/**
 * slow: level-order format (the root, then both children of every node level by level, `#` for empty) where both directions grow the next level with `next = next.concat(...)`, copying it for every node.
 * Time: O(Σ w_d²), w_d the number of nodes on level d: O(n) on chains (the bench; every level
 * has one node), O(n²) on a complete tree whose last level holds n/2 nodes (n nodes).
 * exposed by: wide trees — a complete binary tree, or any tree with one level of Θ(n) nodes.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

const CANONICAL = /^(?:0|-?[1-9][0-9]*)$/;

export function serialize(root: TreeNode | null): string {
  if (root === null) return '#';
  const out: string[] = [String(root.value)];
  let level: TreeNode[] = [root];
  while (level.length > 0) {
    let next: TreeNode[] = [];
    for (const node of level) {
      out.push(node.left ? String(node.left.value) : '#', node.right ? String(node.right.value) : '#');
      // The costly line: a fresh copy of the growing level for every node.
      next = next.concat([node.left, node.right].filter((c): c is TreeNode => c !== null));
    }
    level = next;
  }
  return out.join(',');
}

export function deserialize(data: string): TreeNode | null {
  const tokens = data.split(',');
  let at = 0;
  const read = (): TreeNode | null => {
    const token = tokens[at++];
    if (token === undefined) throw new SyntaxError('Truncated: an entry is missing.');
    if (token === '#') return null;
    if (!CANONICAL.test(token)) throw new SyntaxError(`Not a value: ${JSON.stringify(token.slice(0, 30))}`);
    const value = Number(token);
    if (!Number.isSafeInteger(value)) throw new SyntaxError(`Not a safe integer: ${token.slice(0, 30)}`);
    return { value, left: null, right: null };
  };
  const root = read();
  let level: TreeNode[] = root ? [root] : [];
  while (level.length > 0) {
    let next: TreeNode[] = [];
    for (const node of level) {
      node.left = read();
      node.right = read();
      next = next.concat([node.left, node.right].filter((c): c is TreeNode => c !== null));
    }
    level = next;
  }
  if (at !== tokens.length) throw new SyntaxError('Extra data after a complete tree.');
  return root;
}
