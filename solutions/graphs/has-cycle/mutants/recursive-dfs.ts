// Mutant: a correct three-colour DFS, but recursive: a 100 000-node ring overflows the call stack.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  const state = new Map<string, 'path' | 'done'>();
  const visit = (node: string): boolean => {
    state.set(node, 'path');
    for (const next of Object.hasOwn(graph, node) ? graph[node]! : []) {
      const s = state.get(next);
      if (s === 'path') return true;
      if (s === undefined && visit(next)) return true;
    }
    state.set(node, 'done');
    return false;
  };
  return Object.keys(graph).some((node) => !state.has(node) && visit(node));
}
