/**
 * optimal: a two-part format — the preorder shape as a bit string ('1' node, '0' empty child), a ':', then the node values in preorder joined by ',' — written with one explicit-stack walk and read back by filling a stack of open slots.
 * Time: O(n) both ways, n nodes: the shape has 2n + 1 characters, the value list n entries,
 * and each is produced and consumed once with O(1) stack work.
 *
 * Format is exact: the shape must be a complete preorder (slots never run out, none left over),
 * the value count must equal the number of '1's, and every value must be written as `String`
 * writes a safe integer; so deserialize accepts exactly what serialize produces.
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

const CANONICAL = /^(?:0|-?[1-9][0-9]*)$/;

export function serialize(root: TreeNode | null): string {
  const shape: string[] = [];
  const values: string[] = [];
  const stack: (TreeNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      shape.push('0');
      continue;
    }
    shape.push('1');
    values.push(String(node.value));
    stack.push(node.right, node.left);
  }
  return `${shape.join('')}:${values.join(',')}`;
}

export function deserialize(data: string): TreeNode | null {
  const colon = data.indexOf(':');
  if (colon === -1) throw new SyntaxError('Missing the ":" between shape and values.');
  const shape = data.slice(0, colon);
  const valuePart = data.slice(colon + 1);

  let nodeCount = 0;
  for (let i = 0; i < shape.length; i++) {
    const bit = shape.charCodeAt(i);
    if (bit === 49) nodeCount++;
    else if (bit !== 48) throw new SyntaxError(`Shape character ${i + 1} is not 0 or 1.`);
  }
  const values = nodeCount === 0 ? [] : valuePart.split(',');
  if (nodeCount === 0 && valuePart !== '') throw new SyntaxError('Values given for an empty tree.');
  if (values.length !== nodeCount) throw new SyntaxError(`The shape has ${nodeCount} nodes but ${values.length} values follow.`);

  // Open slots: parent node and which side; the root's slot has no parent.
  const parents: (TreeNode | null)[] = [null];
  const rightSide: boolean[] = [false];
  let root: TreeNode | null = null;
  let next = 0;
  for (let i = 0; i < shape.length; i++) {
    if (parents.length === 0) throw new SyntaxError('Shape continues after a complete tree.');
    const parent = parents.pop()!;
    const isRight = rightSide.pop()!;
    let node: TreeNode | null = null;
    if (shape.charCodeAt(i) === 49) {
      const text = values[next++]!;
      if (!CANONICAL.test(text)) throw new SyntaxError(`Value ${next} is not a canonical integer.`);
      const value = Number(text);
      if (!Number.isSafeInteger(value)) throw new SyntaxError(`Value ${next} is not a safe integer.`);
      node = { value, left: null, right: null };
      parents.push(node, node);
      rightSide.push(true, false);
    }
    if (parent === null) root = node;
    else if (isRight) parent.right = node;
    else parent.left = node;
  }
  if (parents.length > 0) throw new SyntaxError('Shape ends before the tree is complete.');
  return root;
}
