import { defineKata } from '#kit';

export default defineKata({
  title: 'DFS Order',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(V + E)' },
  domain: { node: { kind: 'string' } },
  hints: [
    'The target is O(V + E): each reachable node is visited once and each of its edges read once, with an O(1) "visited?" check.',
    'Write the recursive version first: mark the node, append it, loop over its neighbours in order and recurse into the unvisited ones. It gives the right order; its only problem is the call stack on a 100 000-node path.',
    'Replace the call stack with your own array. What does each recursive frame remember? Which node it belongs to, and how far it has got through that node\'s neighbour list.',
    'Keep a stack of (node, next neighbour index). Look at the top: advance its index past neighbours already visited; if one is left, mark it, append it and push (it, 0); if none is left, pop. Marking a node when it is pushed, not when it is first seen in some list, is what keeps the recursive order.',
  ],
  notes: {
    asked: [
      'Interviewers ask for DFS both ways, and then "what happens on a graph 100 000 levels deep?": JavaScript and Python both run out of stack long before that, so know the iterative version.',
      'Expect to be asked when DFS beats BFS (memory on wide graphs, detecting cycles, topological order, exploring all paths) and when it does not (shortest paths in unweighted graphs).',
      'A common follow-up is the classic iterative variant: pop a node, skip it if visited, else visit it and push its neighbours in reverse. Be ready to explain why it gives the same order and what its stack can grow to (E entries, not V).',
    ],
    traps: [
      'Marking a node visited when it is pushed as a pending neighbour: it is then output where it was first seen, not where the recursion first reaches it, and the order drifts away from the recursive one.',
      'Pushing neighbours in listed order onto a stack: the last-listed neighbour is popped first.',
      'Using a queue by accident turns it into breadth-first search.',
      'Reading `graph[node]` for a node that appears only as a neighbour: it is `undefined`, and a loop over it throws.',
    ],
    production: [
      'Garbage collectors mark live objects with a depth-first traversal over an explicit mark stack, precisely because object graphs can be arbitrarily deep.',
      'Web crawlers, dependency resolvers (npm, pip) and static analysers walk their graphs depth-first, iteratively, with a visited set keyed by URL, package or symbol.',
    ],
  },
});
