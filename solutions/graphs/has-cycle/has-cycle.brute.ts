/**
 * Brute force: for every node, run a fresh search from its neighbours and see whether it gets
 * back to the node itself. Correct (a node is on a cycle exactly when it can reach itself), and
 * the first answer most people give, but nothing is shared between the searches: on an acyclic
 * graph each search walks everything downstream of its start, O(V·(V + E)) time in total.
 * Iterative, so a long path costs time, not call stack.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function hasCycle(graph: Graph): boolean {
  for (const start of Object.keys(graph)) {
    const seen = new Set<string>();
    const stack = [...edgesOf(graph, start)];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === start) return true;
      if (seen.has(node)) continue;
      seen.add(node);
      for (const next of edgesOf(graph, node)) stack.push(next);
    }
  }
  return false;
}
