import { defineBench } from '#kit';
import type * as Kata from './validate-bst.ts';

/**
 * n = number of nodes. The input is a tall valid BST: a single chain of n nodes turning left or
 * right at random, with values assigned in order, so the height is n. Recomputing each subtree's
 * minimum and maximum at every node then costs O(n·height) = O(n²); nothing fails early.
 */
export default defineBench<typeof Kata, Kata.TreeNode>({
  n: 'nodes (a tall valid BST)',
  input: (n, rng) => {
    const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({ value: 0, left: null, right: null }));
    // A node whose child is on the right precedes its whole subtree in order; on the left, it
    // follows it. So right-turning nodes take the smallest free values, left-turning the largest.
    let low = 0;
    let high = n - 1;
    for (let i = 0; i + 1 < n; i++) {
      if (rng.int(0, 1) === 1) {
        nodes[i]!.right = nodes[i + 1]!;
        nodes[i]!.value = low++;
      } else {
        nodes[i]!.left = nodes[i + 1]!;
        nodes[i]!.value = high--;
      }
    }
    nodes[n - 1]!.value = low;
    return nodes[0]!;
  },
  run: (impl, root) => impl.isValidBst(root),
});
