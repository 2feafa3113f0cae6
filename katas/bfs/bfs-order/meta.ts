import { defineKata } from '#kit';

export default defineKata({
  title: 'BFS Order',
  difficulty: 'easy',
  target: { class: 'n', text: 'O(V + E)' },
  domain: { node: { kind: 'string' } },
  hints: [
    'The target is O(V + E): every node enters the queue at most once and every adjacency list is read once, with constant work per entry.',
    'Breadth-first means first-in first-out. Take nodes from the front of a queue and append the nodes they discover at the back; the order you take them out is the answer.',
    'A membership test that scans an array makes the search O(V²) on a long path. Keep the discovered nodes in a Set, and read the queue with a moving head index instead of `shift()`.',
    'Mark a node as discovered when you enqueue it (start included), not when you take it out. For the neighbours use `Object.hasOwn(graph, node) ? graph[node] : []`, so nodes that are never keys (or are called `constructor`) have no edges.',
  ],
  notes: {
    asked: [
      'Interviewers want the queue, the visited set, and the reason to mark nodes when they are enqueued: it keeps the queue at most V long and every node out of it once.',
      'Follow-ups: return the distances too (see bfs-levels), stop at a target (shortest path in an unweighted graph), or search from several starts at once (see multi-source-spread).',
      'Be ready to say why BFS and not DFS: BFS visits nodes in order of distance, which is what makes it find shortest unweighted paths.',
    ],
    traps: [
      'Forgetting to mark `start` as visited, so a cycle back to it visits it twice.',
      'Marking nodes when they are dequeued: the order survives but the same node can sit in the queue many times, and without a check on dequeue it is visited twice.',
      'Reading `graph[node]` directly: a node that is never a key gives `undefined`, and a node called `constructor` gives a function inherited from Object.prototype.',
      'Using `Array.prototype.includes` as the visited check, or `shift()` on a long queue: both hide a linear scan inside the loop.',
    ],
    production: [
      'Web crawlers explore links breadth-first with a frontier queue and a seen-set (in a distributed crawler, a partitioned key-value store or a Bloom filter).',
      'Social and permission graphs answer "within k hops" questions (friends of friends, who can reach this resource) with a bounded BFS.',
      'Garbage collectors such as the Cheney copying collector scan the heap breadth-first, using the to-space itself as the queue.',
    ],
  },
});
