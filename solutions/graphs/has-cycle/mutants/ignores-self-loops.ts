// Mutant: skips an edge from a node to itself ("that's not a real dependency"), so a self-loop
// is not reported as a cycle.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  const state = new Map<string, 'path' | 'done'>();
  for (const root of Object.keys(graph)) {
    if (state.has(root)) continue;
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
      const next = edges[i]!;
      if (next === node) continue;
      const s = state.get(next);
      if (s === 'path') return true;
      if (s === undefined) {
        state.set(next, 'path');
        nodes.push(next);
        index.push(0);
      }
    }
  }
  return false;
}
