/**
 * slow: level-order format (root, then the two children of every node in breadth-first order, `#` for empty) written and read with a plain-array queue drained by `shift()`.
 * Time: O(n) while the queue is short, but V8's `shift()` moves the whole array once it holds more
 * than about 16 000 entries: O(n·w) both ways for a tree whose widest level has w nodes, O(n²)
 * for a complete tree (n nodes). Chains (the bench, and the 100 000-deep tests) keep one or two
 * entries queued.
 * exposed by: wide trees — a complete binary tree of n ≥ 50 000 nodes (its last level alone puts ~n/2 nodes in the queue; the bench's complete-tree family).
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

const CANONICAL = /^(?:0|-?[1-9][0-9]*)$/;

export function serialize(root: TreeNode | null): string {
  if (root === null) return '#';
  const out = [String(root.value)];
  const queue: TreeNode[] = [root];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of [node.left, node.right]) {
      if (child === null) out.push('#');
      else {
        out.push(String(child.value));
        queue.push(child);
      }
    }
  }
  return out.join(',');
}

function parseValue(token: string | undefined): TreeNode | null {
  if (token === undefined) throw new SyntaxError('Truncated: a child entry is missing.');
  if (token === '#') return null;
  if (!CANONICAL.test(token)) throw new SyntaxError(`Not a value: ${JSON.stringify(token.slice(0, 30))}`);
  const value = Number(token);
  if (!Number.isSafeInteger(value)) throw new SyntaxError(`Not a safe integer: ${token.slice(0, 30)}`);
  return { value, left: null, right: null };
}

export function deserialize(data: string): TreeNode | null {
  const tokens = data.split(',');
  let at = 0;
  const root = parseValue(tokens[at++]);
  const queue: TreeNode[] = root ? [root] : [];
  while (queue.length > 0) {
    const node = queue.shift()!;
    node.left = parseValue(tokens[at++]);
    node.right = parseValue(tokens[at++]);
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  if (at !== tokens.length) throw new SyntaxError('Extra data after a complete tree.');
  return root;
}
