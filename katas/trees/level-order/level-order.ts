/**
 * Level Order: a binary tree's values, one row per depth, left to right.
 * Read README.md for the rules and examples; run `npx kata check level-order` to test.
 */
import { NotImplemented } from '#kit';

/** A binary tree node. `null` children mean "no child". */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/**
 * Lists the tree's values level by level.
 *
 * @param root the tree (possibly `null`); read-only, never modified
 * @returns `result[d]` = the values at depth `d`, left to right; `[]` for the empty tree
 */
export function levelOrder(root: TreeNode | null): number[][] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('levelOrder');
}
