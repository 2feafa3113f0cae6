/**
 * slow: collect the values in order, then compare them with a sorted copy and require no duplicates (a Set of the same size).
 * Time: O(n log n) for the sort (n nodes), where one comparison of neighbours would be O(n); no
 * early exit either, so even a tree broken near the root is fully collected and sorted.
 * exposed by: large trees that are not BSTs — e.g. a complete tree of distinct random values: a validator stops at the first out-of-order pair after O(height) work, this one collects and sorts all n values first (on a valid BST the in-order values are already sorted, so the sort is linear there).
 */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

export function isValidBst(root: TreeNode | null): boolean {
  const values: number[] = [];
  const path: TreeNode[] = [];
  let at = root;
  while (at || path.length > 0) {
    while (at) {
      path.push(at);
      at = at.left;
    }
    const node = path.pop()!;
    values.push(node.value);
    at = node.right;
  }
  if (new Set(values).size !== values.length) return false;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.every((v, i) => v === values[i]);
}
