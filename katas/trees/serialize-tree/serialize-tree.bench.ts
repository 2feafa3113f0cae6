import { defineBench } from '#kit';
import type * as Kata from './serialize-tree.ts';

/**
 * n = number of nodes. The input is a tall tree: a single chain of n nodes turning left or right
 * at random, with values across the safe-integer range. The timed call is a full round trip,
 * `deserialize(serialize(tree))`, so quadratic token handling (`shift()` on a long array,
 * repeated slicing, bracket matching per subtree) shows in either direction.
 */
export default defineBench<typeof Kata, Kata.TreeNode>({
  n: 'nodes (a tall tree)',
  input: (n, rng) => {
    const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({
      value: rng.int(-1_000_000_000, 1_000_000_000),
      left: null,
      right: null,
    }));
    for (let i = 0; i + 1 < n; i++) {
      if (rng.int(0, 1) === 1) nodes[i]!.right = nodes[i + 1]!;
      else nodes[i]!.left = nodes[i + 1]!;
    }
    return nodes[0]!;
  },
  run: (impl, root) => impl.deserialize(impl.serialize(root)),
});
