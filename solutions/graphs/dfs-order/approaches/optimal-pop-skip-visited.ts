/**
 * optimal: stack of pending nodes — pop one, skip it if already visited, else visit it and push its unvisited neighbours in reverse so the first-listed is popped next.
 * Time: O(V + E), n = V: every edge pushes at most one entry and every entry is popped once;
 * the stack can hold up to E entries (a node may wait on it several times), which is the price
 * of not keeping a per-node cursor.
 *
 * Why the order is the recursive one: when a node is popped and visited, everything it pushes
 * sits above all older entries, so its whole reachable, unvisited part is finished before any
 * older entry surfaces again; a stale entry for a node that got visited meanwhile is skipped,
 * exactly as the recursive loop skips a neighbour that is already marked.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>();
  const order: string[] = [];
  const pending: string[] = [start];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    order.push(node);
    const edges = edgesOf(graph, node);
    for (let i = edges.length - 1; i >= 0; i--) {
      if (!visited.has(edges[i]!)) pending.push(edges[i]!);
    }
  }
  return order;
}
