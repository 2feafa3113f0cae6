/**
 * Validate BST: is a binary tree a (strict) binary search tree?
 * Read README.md for the rules and examples; run `npx kata check validate-bst` to test.
 */
import { NotImplemented } from '#kit';

/** A binary tree node. `null` children mean "no child". */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/**
 * Checks the binary-search-tree property strictly, at every depth.
 *
 * @param root the tree (possibly `null`, possibly 100 000 levels deep); read-only, never modified
 * @returns true iff for every node, all left-subtree values are `<` it and all right-subtree
 *   values are `>` it
 */
export function isValidBst(root: TreeNode | null): boolean {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('isValidBst');
}
