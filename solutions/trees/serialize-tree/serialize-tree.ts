/**
 * Reference: preorder with a null marker, written and read without recursion.
 *
 * Format: the preorder walk, one entry per node and one `#` per empty child, joined by `,`.
 * Every node contributes its value and, after the entries of its left subtree, those of its
 * right subtree; the `#` markers say exactly where each subtree ends, so the string determines
 * the tree. A tree of n nodes has n + 1 empty children, so the string has 2n + 1 entries.
 *
 * Reading keeps a stack of empty slots still to fill (the root's slot first). Each entry fills
 * the slot on top; a value creates a node whose right slot and then left slot are pushed, so the
 * left subtree is read first, as it was written. The data is well-formed exactly when every
 * entry finds a slot and no slot is left at the end. Entries must be `#` or a safe integer
 * written the way `String` writes it, so `serialize(deserialize(data)) === data` whenever
 * deserialize accepts `data`.
 *
 * Complexity: O(n) time and memory both ways; explicit stacks, so depth 100 000 is fine.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

const EMPTY = '#';
const SEPARATOR = ',';
/** Canonical integers: no sign on zero, no leading zeros, no '+', no spaces, no exponent. */
const CANONICAL_INTEGER = /^(?:0|-?[1-9][0-9]*)$/;

export function serialize(root: TreeNode | null): string {
  const entries: string[] = [];
  const stack: (TreeNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      entries.push(EMPTY);
    } else {
      entries.push(String(node.value));
      stack.push(node.right, node.left);
    }
  }
  return entries.join(SEPARATOR);
}

export function deserialize(data: string): TreeNode | null {
  const entries = data.split(SEPARATOR);
  // Slot k is "the `side` child of `parents[k]`"; the root's slot has no parent.
  const parents: (TreeNode | null)[] = [null];
  const sides: ('left' | 'right')[] = ['left'];
  let root: TreeNode | null = null;
  for (let i = 0; i < entries.length; i++) {
    if (parents.length === 0) throw new SyntaxError(`Unexpected data after a complete tree, at entry ${i + 1}.`);
    const parent = parents.pop()!;
    const side = sides.pop()!;
    const entry = entries[i]!;
    let node: TreeNode | null = null;
    if (entry !== EMPTY) {
      if (!CANONICAL_INTEGER.test(entry)) throw new SyntaxError(`Entry ${i + 1} is neither ${EMPTY} nor an integer: ${JSON.stringify(entry.slice(0, 40))}.`);
      const value = Number(entry);
      if (!Number.isSafeInteger(value)) throw new SyntaxError(`Entry ${i + 1} is not a safe integer: ${entry.slice(0, 40)}.`);
      node = { value, left: null, right: null };
      parents.push(node, node);
      sides.push('right', 'left');
    }
    if (parent === null) root = node;
    else parent[side] = node;
  }
  if (parents.length > 0) throw new SyntaxError(`Truncated data: ${parents.length} empty child slot(s) were never filled.`);
  return root;
}
