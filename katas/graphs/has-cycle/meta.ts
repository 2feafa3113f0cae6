import { defineKata } from '#kit';

export default defineKata({
  title: 'Has Cycle',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(V + E)' },
  domain: { node: { kind: 'string' } },
  hints: [
    'The target is O(V + E): every node and every edge is looked at a constant number of times, no matter how many searches you start.',
    'A depth-first search finds a cycle when it follows an edge to a node that is still on its current path (an ancestor of where it stands). Reaching a node that was merely visited earlier, through another branch, is not a cycle: think of a diamond.',
    'Give every node one of three states: unvisited, on the current path, finished. A finished node can reach no cycle, so never explore it again, even from a later start. Start a search from every key that is still unvisited.',
    'To survive a 100 000-node path, replace recursion with an explicit stack of (node, index of the next neighbour to try). Mark a node "on path" when you push it and "finished" when its index runs past its last neighbour and you pop it.',
  ],
  notes: {
    asked: [
      'Usually framed as "can these jobs / migrations / service dependencies be ordered?": a dependency graph has a valid order exactly when it has no cycle.',
      'Interviewers expect the three-colour DFS or Kahn\'s algorithm (repeatedly remove nodes with no incoming edges; a cycle is what is left). Be ready to explain why two colours are not enough for a directed graph.',
      'Follow-ups: return one cycle (keep parent pointers, walk back from the edge that closed it); the undirected version (an edge back to anything visited other than the parent); a graph too deep for recursion.',
    ],
    traps: [
      'Using a single "visited" set: in a directed graph a node reached twice through different branches (a diamond) is not a cycle.',
      'Only starting from the first key, or only from nodes with no incoming edges: a cycle with no way in is then never seen.',
      'Recursive DFS on a long dependency chain overflows the call stack; JavaScript gives you roughly ten thousand frames.',
      'Looking nodes up with `graph[name] ?? []`: a node called `constructor` finds `Object.prototype.constructor` instead of "no edges".',
    ],
    production: [
      'Build tools, package managers and schedulers (Airflow DAGs, Terraform, npm, Bazel) refuse a dependency graph with a cycle and report it before running anything.',
      'Databases detect deadlocks by looking for a cycle in the wait-for graph between transactions, then abort one of them.',
      'Spreadsheet engines and reactive UI frameworks detect circular references between formulas or computed values the same way.',
    ],
  },
});
