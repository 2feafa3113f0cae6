import { defineKata } from '#kit';

export default defineKata({
  title: 'Union-Find',
  difficulty: 'medium',
  target: { class: 'n', text: 'near O(1) amortised per operation' },
  domain: { index: { kind: 'number' } },
  equivalentMutants: {
    'int32-outputs': 'Every number returned is an element index below `size` (at most 10^6) or the number of sets, which 32 bits hold; the sign of a zero index is not part of the contract.',
  },
  hints: [
    'The target is near O(1) amortised per operation: n operations in about O(n) time in total, so no operation may touch every element.',
    'Relabelling every member on a union is what makes it slow. Instead, let each element point to a parent; the element at the top of its chain (its own parent) represents the whole set.',
    'A union then only links one root under the other. To keep chains short, hang the smaller tree under the larger one (union by size) and, while walking up in `find`, point the nodes you pass closer to the root (path compression or path halving).',
    'Store `parent` and `size` in two typed arrays. `find`: while parent[x] !== x, set parent[x] = parent[parent[x]] and move x up. `union`: find both roots; if equal return false; else attach the smaller root, add the sizes, decrement the component count, return true. Validate every index first.',
  ],
  notes: {
    asked: [
      'Asked on its own ("implement union-find") and hidden inside other questions: number of connected components, detecting a cycle in an undirected graph, Kruskal\'s minimum spanning tree, accounts merge, redundant connection.',
      'Expect to justify the complexity: union by size alone gives O(log n), path compression alone gives amortised O(log n), both together give O(α(n)), effectively constant.',
      'Follow-ups: support a dynamic set of string keys (map each key to an index on first sight), count the members of a set (the root\'s size), and why deletions are hard.',
    ],
    traps: [
      'Linking `parent[a] = b` instead of linking their roots: a\'s old set is cut off from the rest of its tree.',
      'Decrementing the component count even when the two elements were already joined.',
      'A recursive `find` on a tree built without union by size: a chain of 100 000 unions overflows the call stack.',
      'Trusting the indices: `parent[7]` on a 5-element array is `undefined`, and the code quietly returns nonsense instead of failing.',
    ],
    production: [
      'Clustering and entity resolution: merging user accounts, devices or records that share an email, phone number or payment card into one identity.',
      'Networking and infrastructure: finding connected components of a topology, checking that a set of links keeps the network connected (Kruskal), grouping services that talk to each other.',
      'Compilers use it for type unification and register allocation; image processing uses it to label connected regions. Distributed versions (connected components in Spark GraphX) propagate the minimum label instead, because parent pointers do not partition well.',
    ],
  },
});
