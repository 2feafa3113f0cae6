// Mutant: starts searching only from nodes that have no incoming edge, so a cycle that nothing
// leads into (every node on it has an incoming edge) is never explored.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  const hasIncoming = new Set<string>();
  for (const key of Object.keys(graph)) for (const next of graph[key]!) hasIncoming.add(next);
  const state = new Map<string, 'path' | 'done'>();
  for (const root of Object.keys(graph)) {
    if (hasIncoming.has(root) || state.has(root)) continue;
    const nodes = [root];
    const index = [0];
    state.set(root, 'path');
    while (nodes.length > 0) {
      const node = nodes[nodes.length - 1]!;
      const edges = Object.hasOwn(graph, node) ? graph[node]! : [];
      const i = index[index.length - 1]!;
      if (i === edges.length) {
        state.set(node, 'done');
        nodes.pop();
        index.pop();
        continue;
      }
      index[index.length - 1] = i + 1;
      const s = state.get(edges[i]!);
      if (s === 'path') return true;
      if (s === undefined) {
        state.set(edges[i]!, 'path');
        nodes.push(edges[i]!);
        index.push(0);
      }
    }
  }
  return false;
}
