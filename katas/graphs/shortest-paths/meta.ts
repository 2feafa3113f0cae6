import { defineKata } from '#kit';

export default defineKata({
  title: 'Shortest Paths',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O((V + E) log V)' },
  domain: { node: { kind: 'string' }, weight: { kind: 'number', min: 0, max: 1e308 } },
  hints: [
    'The target is O((V + E) log V): every edge may update a distance once, and each update costs a logarithmic priority-queue operation.',
    'Settle nodes in order of distance. The unsettled node with the smallest known distance can never be improved later, because every other route to it goes through a node that is at least as far and weights are never negative.',
    'Scanning all nodes for the smallest distance is O(V) per step, O(V²) in total. A binary min-heap gives the smallest in O(log V); JavaScript has none built in, so write a small one (push with sift-up, pop with sift-down).',
    'Push (distance, node) whenever a distance improves, even if the node is already in the heap. When you pop an entry whose distance is larger than the node\'s best known one, skip it. Collect every node (keys and neighbours) first so the unreachable ones come out as Infinity.',
  ],
  notes: {
    asked: [
      'Dijkstra is the expected answer for non-negative weights; be ready to say why it breaks with a negative edge (a settled node could still get cheaper) and name Bellman–Ford for that case.',
      'Interviewers like the lazy-deletion trick (push duplicates, skip stale entries) because a decrease-key heap is long to write; explain that the heap then holds O(E) entries, still O(log V) per operation.',
      'Follow-ups: return the path itself (store each node\'s predecessor), stop early at a single target, all-pairs distances (Floyd–Warshall or V runs), unweighted graphs (plain BFS), and A* with a heuristic.',
    ],
    traps: [
      'Marking a node done when it is first discovered rather than when it is popped: a later, cheaper route through a longer chain is then ignored.',
      'Breadth-first search counts edges, not weights.',
      'Leaving out nodes that are never reached, or nodes that only appear as neighbours, instead of reporting Infinity for them.',
      'Sorting the whole frontier array on every step: correct but O(V² log V).',
    ],
    production: [
      'Routing: link-state protocols such as OSPF and IS-IS run Dijkstra on every router over the network map; map and logistics services run it (or A*, contraction hierarchies) over road graphs.',
      'Service meshes and CDNs pick the cheapest route by latency or cost over a weighted graph of regions and links.',
      'In a distributed setting the graph is partitioned and the frontier advances in supersteps (Pregel-style), which is why large-scale systems prefer Bellman–Ford-like relaxation there.',
    ],
  },
});
