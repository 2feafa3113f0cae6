/**
 * slow: repeatedly sweep over all remaining nodes and delete every sink (a node whose out-edges all lead to deleted nodes) until a sweep deletes nothing.
 * Time: O(rounds · (V + E)); a chain of length L needs L rounds when the sweep order runs against
 * it, so on a path of n nodes in random key order it is Θ(n·(V + E)) = O(n²) in the worst case
 * and about n/2 rounds on average (n = V).
 * exposed by: one long chain (the bench's path) — each sweep only peels the nodes whose successors were already peeled.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  // Only keys can be on a cycle; neighbour-only nodes are sinks from the start.
  let remaining = Object.keys(graph);
  const alive = new Set(remaining);
  for (;;) {
    const kept: string[] = [];
    for (const node of remaining) {
      let isSink = true;
      for (const to of graph[node]!) {
        if (alive.has(to)) {
          isSink = false;
          break;
        }
      }
      if (isSink) alive.delete(node);
      else kept.push(node);
    }
    if (kept.length === 0) return false;
    // No sink in a whole sweep: every remaining node has an edge to another remaining node,
    // and following such edges forever must revisit a node.
    if (kept.length === remaining.length) return true;
    remaining = kept;
  }
}
