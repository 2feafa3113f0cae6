// Mutant: one "visited" set instead of three states, so reaching a node a second time through
// another branch (a diamond) is reported as a cycle.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  const visited = new Set<string>();
  for (const root of Object.keys(graph)) {
    if (visited.has(root)) continue;
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (visited.has(node)) return true;
      visited.add(node);
      for (const next of Object.hasOwn(graph, node) ? graph[node]! : []) stack.push(next);
    }
  }
  return false;
}
