/**
 * Serialize Tree: write a binary tree as a string and read it back exactly.
 * Read README.md for the rules and examples; run `npx kata check serialize-tree` to test.
 */
import { NotImplemented } from '#kit';

/** A binary tree node. `null` children mean "no child". */
export interface TreeNode {
  value: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/**
 * Writes a tree as a string in a format of your design.
 *
 * @param root the tree (possibly `null`, possibly 100 000 levels deep); read-only, never modified
 * @returns a string from which `deserialize` rebuilds a structurally equal tree
 */
export function serialize(root: TreeNode | null): string {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('serialize');
}

/**
 * Rebuilds a tree from a string written by `serialize`.
 *
 * @param data a string; accepted only if `serialize` can produce it
 * @returns a tree of new nodes, structurally equal to the one that was serialized
 * @throws {SyntaxError} for every string `serialize` cannot produce
 */
export function deserialize(data: string): TreeNode | null {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('deserialize');
}
