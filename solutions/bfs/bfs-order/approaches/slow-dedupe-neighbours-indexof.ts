/**
 * slow: BFS that first removes repeated entries from each adjacency list with `filter` + `indexOf`.
 * Time: O(V + Σ deg²), O(n²) in the worst case, n = V: deduplicating a list of length d this way
 * costs O(d²); O(V + E) when every list is short.
 * exposed by: one node with a long adjacency list, e.g. a star whose centre lists all n - 1 other
 *   nodes; the bench's long path has lists of length 1.
 *
 * Lists may repeat entries, and cleaning them up front feels tidy; but the visited set already
 * makes repeats harmless, and `indexOf` turns the clean-up into a quadratic pass per list.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const order = [start];
  const seen = new Set(order);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    if (!Object.hasOwn(graph, node)) continue;
    const list = graph[node]!;
    const distinct = list.filter((x, i) => list.indexOf(x) === i);
    for (const neighbour of distinct) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        order.push(neighbour);
      }
    }
  }
  return order;
}
