import { defineKata } from '#kit';

export default defineKata({
  title: 'Minimum Spanning Tree',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(E log E)' },
  domain: { weight: { kind: 'integer' } },
  hints: [
    'The target is O(E log E): sorting the edges is the most expensive step; everything after it must be close to O(1) per edge.',
    'Kruskal: go through the edges from lightest to heaviest and keep an edge exactly when its endpoints are not yet connected by the edges you kept. The lightest edge that joins two separate groups is always safe to take.',
    'The question "are a and b already connected?" asked E times is what decides the complexity. A graph search per edge is O(V) each; a disjoint-set (union-find) structure answers it in near O(1).',
    'Sort a copy of the edges (or an array of indices) by weight with a numeric comparator. Keep `parent` and `size` arrays; for each edge find both roots; if they differ, link the smaller tree under the larger and add the weight. You can stop early after nodeCount - 1 joins.',
  ],
  notes: {
    asked: [
      'Usually phrased as "connect all offices / servers / houses with the least cable": interviewers want Kruskal with union-find or Prim with a heap, and the reason why greedy works (the cut property).',
      'Be ready to compare the two: Kruskal is O(E log E) and handles disconnected graphs naturally; Prim with a binary heap is O(E log V) and suits dense graphs given as adjacency lists.',
      'Follow-ups: return the edges, not just the weight; what changes with negative weights (nothing); the maximum spanning tree (sort descending); the second-best tree; and whether the tree is unique (all weights distinct).',
    ],
    traps: [
      'Calling `edges.sort()` without a comparator: it sorts the arrays as strings, so `[0, 1, 10]` comes before `[0, 1, 9]`, and it reorders the caller\'s read-only array.',
      'Accepting an edge when one of its endpoints has not been "seen" yet instead of asking whether the two endpoints are connected: two separately built trees are then never joined.',
      'Running Prim from node 0 only and returning its tree: the other components of a disconnected graph are missed.',
      'Taking every negative edge because it "lowers the total": the result must still be a forest.',
    ],
    production: [
      'Network design: laying fibre, power lines or pipes between sites at least cost; the Spanning Tree Protocol in Ethernet switches builds a (root-based) spanning tree to remove loops.',
      'Clustering: single-linkage hierarchical clustering is Kruskal stopped early; cutting the k - 1 heaviest MST edges gives k clusters, used for grouping similar logs, alerts or documents.',
      'At scale, Borůvka\'s algorithm (every component picks its lightest outgoing edge in parallel) is what distributed and GPU implementations use, because each round is one parallel pass over the edges.',
    ],
  },
});
