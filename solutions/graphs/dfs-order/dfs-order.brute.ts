/**
 * Brute force: the textbook iterative DFS with a stack of pending nodes. A node is marked and
 * output when it is popped, and its neighbours are pushed in reverse so the first-listed one is
 * popped first; that reproduces the recursive preorder. To keep the stack free of duplicates,
 * every push first searches the stack (a plain array) for the same node and moves it to the
 * top. Correct, but that search costs up to the stack's length: O(V·E) time in the worst case,
 * about O(V²) on a long path whose nodes also have shortcuts forward, where the stack fills up
 * with shortcut targets waiting their turn. Iterative, so a long path costs time, not call stack.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>();
  const order: string[] = [];
  const pending = [start];

  while (pending.length > 0) {
    const node = pending.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    order.push(node);
    const edges = edgesOf(graph, node);
    for (let i = edges.length - 1; i >= 0; i--) {
      const next = edges[i]!;
      if (visited.has(next)) continue;
      const older = pending.indexOf(next);
      if (older !== -1) pending.splice(older, 1);
      pending.push(next);
    }
  }
  return order;
}
