import { defineBench } from '#kit';
import type * as Kata from './level-order.ts';

/**
 * n = number of nodes. The input is a tall tree: a single chain of n nodes turning left or right
 * at random, so the height is n. Walking the whole tree once per depth then costs O(n·height)
 * = O(n²).
 */
export default defineBench<typeof Kata, Kata.TreeNode>({
  n: 'nodes (a tall tree)',
  input: (n, rng) => {
    const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({ value: rng.int(-1000, 1000), left: null, right: null }));
    for (let i = 0; i + 1 < n; i++) {
      if (rng.int(0, 1) === 1) nodes[i]!.right = nodes[i + 1]!;
      else nodes[i]!.left = nodes[i + 1]!;
    }
    return nodes[0]!;
  },
  run: (impl, root) => impl.levelOrder(root),
});
