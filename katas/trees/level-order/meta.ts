import { defineKata } from '#kit';

export default defineKata({
  title: 'Level Order',
  difficulty: 'easy',
  target: { class: 'n', text: 'O(n), n nodes' },
  domain: { 'node.value': { kind: 'number' } },
  hints: [
    'The target is O(n): visit each node once.',
    'Walking the whole tree once per depth to collect that depth costs O(n·height), which is O(n²) for a tall tree. A breadth-first search meets the nodes in exactly the order you need: by depth, and left to right within a depth.',
    'Keep the nodes of the current level in an array. Read their values into one result row, and collect their children, left before right and skipping nulls, into the array for the next level. Stop when the next level is empty.',
    'Equivalently, use one queue and, at the start of each level, note how many nodes it holds: exactly that many belong to this level. Avoid `shift()` on a large array; an index into the array, or swapping two arrays, keeps each step O(1).',
  ],
  notes: {
    asked: [
      'Level-order traversal is the tree form of BFS and the base of many variants: zigzag order, right-side view, level averages, the maximum width of a level, connecting each node to its right neighbour.',
      'Interviewers often ask for the depth-first alternative too: a preorder walk that appends each value to `result[depth]` gives the same rows, since preorder visits left before right.',
      'Follow-up: print the tree for a debugging tool, with nulls, to see its shape (see serialize-tree).',
    ],
    traps: [
      'Reading the queue length inside the level loop while pushing children onto the same queue, which merges levels.',
      'Returning `[[]]` instead of `[]` for the empty tree, or pushing an empty last level.',
      'Enqueuing null children and then either crashing on them or emitting their placeholders.',
      'Reusing a graph BFS template with a visited set keyed by value: nodes with repeated values disappear.',
    ],
    production: [
      'UI frameworks and DOM tools walk component trees level by level to lay out or diff them by depth; org-chart and file-tree viewers render one level at a time.',
      'Hierarchical data in databases (categories, comment threads, org charts) is loaded one level per query with recursive CTEs or batched "children of these ids" queries, which is level order over the network.',
      'Distributed file systems and object stores list directory trees breadth-first so a listing can be paginated and resumed level by level.',
    ],
  },
});
