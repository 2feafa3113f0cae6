// Mutant: a compact two-part format (preorder shape bits, then the values) whose serialize packs
// the values into an Int32Array before writing them: values of 2^31 or more wrap, so the tree
// 2147483648 comes back as -2147483648.
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

const CANONICAL = /^(?:0|-?[1-9][0-9]*)$/;

export function serialize(root: TreeNode | null): string {
  const shape: string[] = [];
  const nodes: TreeNode[] = [];
  const stack: (TreeNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      shape.push('0');
      continue;
    }
    shape.push('1');
    nodes.push(node);
    stack.push(node.right, node.left);
  }
  const values = Int32Array.from(nodes, (node) => node.value);
  return `${shape.join('')}:${values.join(',')}`;
}

export function deserialize(data: string): TreeNode | null {
  const colon = data.indexOf(':');
  if (colon === -1) throw new SyntaxError('Missing the ":" between shape and values.');
  const shape = data.slice(0, colon);
  const valuePart = data.slice(colon + 1);
  let nodeCount = 0;
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === '1') nodeCount++;
    else if (shape[i] !== '0') throw new SyntaxError(`Shape character ${i + 1} is not 0 or 1.`);
  }
  const values = nodeCount === 0 ? [] : valuePart.split(',');
  if (nodeCount === 0 && valuePart !== '') throw new SyntaxError('Values given for an empty tree.');
  if (values.length !== nodeCount) throw new SyntaxError('The shape and the values disagree.');
  const parents: (TreeNode | null)[] = [null];
  const rightSide: boolean[] = [false];
  let root: TreeNode | null = null;
  let next = 0;
  for (let i = 0; i < shape.length; i++) {
    if (parents.length === 0) throw new SyntaxError('Shape continues after a complete tree.');
    const parent = parents.pop()!;
    const isRight = rightSide.pop()!;
    let node: TreeNode | null = null;
    if (shape[i] === '1') {
      const text = values[next++]!;
      if (!CANONICAL.test(text) || !Number.isSafeInteger(Number(text))) throw new SyntaxError(`Value ${next} is not a canonical safe integer.`);
      node = { value: Number(text), left: null, right: null };
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
