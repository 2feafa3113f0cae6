import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './level-order.ts';

/**
 * n = number of nodes. The input is a tall tree: a single chain of n nodes turning left or right
 * at random, so the height is n. Walking the whole tree once per depth then costs O(n·height)
 * = O(n²).
 *
 * The other family is the opposite shape, a complete tree (filled level by level, left to right),
 * whose last level holds about n/2 nodes. A row copied on every append then costs O(n²), and a
 * queue drained with `shift()` holds that last level: V8 shifts an array in place only while it
 * holds fewer than about 16 000 entries and moves the whole of it beyond, so the family's sizes
 * start at 6 250 nodes and double up to the constraint's 10^5 (25 000 nodes still queue under the
 * limit, 50 000 and 100 000 well over it).
 */
export default defineBench<typeof Kata, Kata.TreeNode>({
  n: 'nodes (a tall tree, or a complete tree)',
  inputName: 'a tall tree',
  input: (n, rng) => {
    const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({ value: rng.int(-1000, 1000), left: null, right: null }));
    for (let i = 0; i + 1 < n; i++) {
      if (rng.int(0, 1) === 1) nodes[i]!.right = nodes[i + 1]!;
      else nodes[i]!.left = nodes[i + 1]!;
    }
    return nodes[0]!;
  },
  families: [
    {
      name: 'a complete tree',
      exposes: 'rows copied on every append, and one queue drained with shift() holding a whole level',
      sizes: { kind: 'doubling', minN: 6250, maxN: 100_000 },
      input: (n, rng) => {
        // Heap numbering: node i's children are 2i + 1 and 2i + 2.
        const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({ value: rng.int(-1000, 1000), left: null, right: null }));
        for (let i = 1; i < n; i++) {
          const parent = nodes[(i - 1) >> 1]!;
          if (i & 1) parent.left = nodes[i]!;
          else parent.right = nodes[i]!;
        }
        return nodes[0]!;
      },
    },
  ],
  run: (impl, root) => impl.levelOrder(root),
  answersAgree: sameAnswer,
});
