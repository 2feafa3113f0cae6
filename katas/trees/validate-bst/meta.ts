import { defineKata } from '#kit';

export default defineKata({
  title: 'Validate BST',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(n), n nodes' },
  domain: { 'node.value': { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'The answer is a boolean: there is no number in it to keep as an Int32.',
  },
  hints: [
    'The target is O(n): visit every node once, with O(1) work per node.',
    'Recomputing the smallest and largest value of every subtree costs O(n·height). Instead, think about what the ancestors allow: every node must lie strictly inside an open interval (low, high) set by the nodes above it.',
    'Two equivalent checks: pass the interval down (the left child gets (low, node.value), the right child (node.value, high)), or walk the tree in order and check that each value is strictly greater than the previous one.',
    'Recursion overflows at depth 100 000, so keep your own stack. For the in-order walk: push left children while going down, pop a node, compare it with the previous value (start with none, not 0 or Number.MIN_VALUE, which is positive), then move to its right child.',
  ],
  notes: {
    asked: [
      'One of the most common tree questions; the interviewer waits to see whether you only compare each node with its children.',
      'Expect to explain both solutions (bounds passed down, or in-order strictly increasing) and to argue why in-order order is sorted exactly for a BST.',
      'Follow-ups: allow duplicates on one side, find the two swapped nodes in an almost-BST (recover BST), or find the largest BST subtree.',
    ],
    traps: [
      'Checking only `left.value < node.value < right.value`, which misses a deep node that breaks an ancestor\'s bound.',
      'Using `<=` and accepting duplicates.',
      'Starting the in-order "previous" at 0 or at `Number.MIN_VALUE` (the smallest positive double), which rejects valid trees with negative values.',
      'Testing a bound for truthiness (`if (low && value <= low)`), which forgets the bound when it is 0.',
      'Recursing on a degenerate tree of 100 000 nodes: the call stack overflows long before the tree ends.',
    ],
    production: [
      'Databases and storage engines check B-tree and LSM index invariants (keys ordered within and across pages) in consistency tools such as `amcheck` for PostgreSQL.',
      'Property-based and fuzz tests of ordered containers (treaps, skip lists, red-black trees) assert exactly this invariant after every operation.',
      'Interval and range-partition maps (shard routing by key range) validate that ranges stay ordered and non-overlapping after splits and merges.',
    ],
  },
});
