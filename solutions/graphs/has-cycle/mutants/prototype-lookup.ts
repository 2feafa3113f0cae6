// Mutant: Kahn's algorithm (peel off nodes with no incoming edges; whatever is left is on or
// behind a cycle), but it looks neighbours up with `graph[node] ?? []`, so a node named
// `constructor` finds Object.prototype.constructor instead of "no outgoing edges".
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  const indegree = new Map<string, number>();
  for (const node of Object.keys(graph)) {
    if (!indegree.has(node)) indegree.set(node, 0);
    for (const next of graph[node]!) indegree.set(next, (indegree.get(next) ?? 0) + 1);
  }
  const ready = [...indegree.keys()].filter((node) => indegree.get(node) === 0);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop()!;
    removed++;
    for (const next of graph[node] ?? []) {
      const left = indegree.get(next)! - 1;
      indegree.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return removed < indegree.size;
}
