import { defineBench } from '#kit';
import type * as Kata from './serialize-tree.ts';

/**
 * n = number of nodes. The input is a tall tree: a single chain of n nodes turning left or right
 * at random, with values across the safe-integer range. The timed call is a full round trip,
 * `deserialize(serialize(tree))`, so quadratic token handling (`shift()` on a long array,
 * repeated slicing, bracket matching per subtree) shows in either direction.
 *
 * The other family is the opposite shape, a complete tree (filled level by level, left to right)
 * with small values (0 to 999), whose last level holds about n/2 nodes: a level-order format that
 * copies the growing next level for every node pays O(n²), and a queue drained with `shift()`
 * holds that whole level. V8 shifts an array in place only while it holds fewer than about 16 000
 * entries and moves all of it beyond, so the family's sizes start at 6 250 nodes and double up to
 * the constraint's 10^5 (the queue outgrows the limit from 25 000 nodes on).
 */
export default defineBench<typeof Kata, Kata.TreeNode>({
  n: 'nodes (a tall tree, or a complete tree)',
  inputName: 'a tall tree',
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
  families: [
    {
      name: 'a complete tree',
      exposes: 'level-order formats that copy the next level per node (concat) or drain a queue holding a whole level with shift()',
      sizes: { kind: 'doubling', minN: 6250, maxN: 100_000 },
      input: (n, rng) => {
        // Heap numbering: node i's children are 2i + 1 and 2i + 2.
        const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({
          value: rng.int(0, 999),
          left: null,
          right: null,
        }));
        for (let i = 1; i < n; i++) {
          const parent = nodes[(i - 1) >> 1]!;
          if (i & 1) parent.left = nodes[i]!;
          else parent.right = nodes[i]!;
        }
        return nodes[0]!;
      },
    },
  ],
  run: (impl, root) => impl.deserialize(impl.serialize(root)),
  // The contract: deserialize(serialize(t)) is structurally equal to t, so the answer is checked
  // against the input itself: the same shape and the same value at every node. Iterative, as the
  // tall family is a chain up to 10^5 deep (a recursive deep-equal would overflow the stack),
  // walking the input's structure so a cyclic answer cannot loop. Other fields of a node, and
  // whether it is a plain object or a class instance, do not matter.
  answersAgree: (root, answer) => {
    const stack: [Kata.TreeNode | null, unknown][] = [[root, answer]];
    while (stack.length > 0) {
      const [want, got] = stack.pop()!;
      if (want === null) {
        if (got !== null) return false;
        continue;
      }
      if (typeof got !== 'object' || got === null) return false;
      const node = got as { value?: unknown; left?: unknown; right?: unknown };
      if (node.value !== want.value) return false;
      stack.push([want.left, node.left], [want.right, node.right]);
    }
    return true;
  },
});
