// Mutant: Kahn's algorithm (peel off nodes with no incoming edges; whatever is left is on or
// behind a cycle) with the in-degrees counted in a plain object, guarded by `Object.hasOwn` so
// that `constructor` and `toString` work. But `indegree['__proto__'] = 0` sets the object's
// prototype instead of adding a key, so a node named `__proto__` is never peeled off and the
// nodes after it never reach 0: `{ __proto__: ['a'] }` (an own key) gives true instead of false.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  const indegree: Record<string, number> = {};
  for (const node of Object.keys(graph)) {
    if (!Object.hasOwn(indegree, node)) indegree[node] = 0;
    for (const next of graph[node]!) indegree[next] = (Object.hasOwn(indegree, next) ? indegree[next]! : 0) + 1;
  }
  const nodes = Object.keys(indegree);
  const ready = nodes.filter((node) => indegree[node] === 0);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop()!;
    removed++;
    for (const next of Object.hasOwn(graph, node) ? graph[node]! : []) {
      indegree[next]!--;
      if (indegree[next] === 0) ready.push(next);
    }
  }
  return removed < nodes.length;
}
