import { defineKata } from '#kit';

export default defineKata({
  title: 'Topological Order',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(V + E)' },
  domain: { node: { kind: 'string' } },
  hints: [
    'The target is O(V + E): each node is placed once, and each dependency entry is looked at a constant number of times.',
    'A node with no unmet dependencies can go next. Placing it may make some of the nodes that depend on it ready. Which nodes those are should not cost a scan of the whole graph.',
    "Kahn's algorithm: count each node's unmet dependencies, and build the reverse lists (for each node, who depends on it). Start a queue with every node whose count is 0; each time you place a node, decrement the count of each dependent and enqueue those that reach 0.",
    'Collect every node first (keys and list entries) and keep counts in a Map, not a plain object, so `constructor` is a node like any other. When the queue runs dry, the nodes still with a count above 0 are exactly the ones that cannot be ordered: sort them and throw `new CycleError(nodes)`.',
  ],
  notes: {
    asked: [
      'Interviewers expect either Kahn (in-degree counts and a queue) or depth-first search with three colours, and want to hear how each one detects a cycle.',
      'Follow-ups: run independent tasks in parallel (process Kahn level by level: each level is a batch), report one cycle as a path for the error message, or find the lexicographically smallest order (a min-heap instead of a queue).',
      'Be precise about the direction of edges: here `deps[x]` points from a task to what it needs, so the order is the reverse of a depth-first finish order on the reversed graph, or Kahn on the reversed edges.',
    ],
    traps: [
      'Getting the edge direction backwards and running dependents before their dependencies.',
      'A depth-first search with a plain visited set: it cannot tell a back edge (a cycle) from a cross edge and happily returns an order for a cyclic graph.',
      'Reporting only the nodes on the cycle that was found first, and not the nodes that depend on it or a second, separate cycle.',
      'Forgetting nodes that appear only as dependencies, or keeping counts in a plain object where `constructor` already has a value.',
      'Recursive depth-first search on a 100 000-node chain overflows the stack.',
    ],
    production: [
      'Build tools (make, Bazel, Gradle, Turborepo) order and parallelise tasks by a topological order of their dependency graph and reject cycles.',
      'Package managers install dependencies before dependents; database migration tools and ORMs create tables in foreign-key order.',
      'Service orchestrators (Kubernetes init ordering, docker compose depends_on, systemd units) start services in dependency order and refuse to start a cycle.',
      'Spreadsheets and reactive UI frameworks recompute cells in topological order and flag circular references.',
    ],
  },
});
