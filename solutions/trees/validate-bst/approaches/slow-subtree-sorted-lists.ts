/**
 * slow: bottom-up, every subtree returns the sorted list of its values, built by concatenating left list + node + right list (a fresh copy at every node); a node is fine when the left list ends below it and the right list starts above it.
 * Time: O(n·height) — each node copies its whole subtree's values; on a tall tree that is
 * O(n²) element copies (n nodes). It fails fast when the deepest part is broken, since the bad
 * pair is met low in the tree while the lists are still short.
 * exposed by: tall valid trees — one chain of n nodes (the bench's input); balanced trees cost only O(n log n).
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  if (root === null) return true;
  const sortedOf = new Map<TreeNode, number[]>();
  const stack: TreeNode[] = [root];
  const ready: boolean[] = [false];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top]!;
    if (!ready[top]) {
      ready[top] = true;
      if (node.left) { stack.push(node.left); ready.push(false); }
      if (node.right) { stack.push(node.right); ready.push(false); }
      continue;
    }
    stack.pop();
    ready.pop();
    const left = node.left ? sortedOf.get(node.left)! : [];
    const right = node.right ? sortedOf.get(node.right)! : [];
    if (left.length > 0 && left[left.length - 1]! >= node.value) return false;
    if (right.length > 0 && right[0]! <= node.value) return false;
    // The costly line: the whole subtree's values are copied again at every level.
    sortedOf.set(node, [...left, node.value, ...right]);
    if (node.left) sortedOf.delete(node.left);
    if (node.right) sortedOf.delete(node.right);
  }
  return true;
}
