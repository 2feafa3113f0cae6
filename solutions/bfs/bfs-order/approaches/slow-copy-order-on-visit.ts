/**
 * slow: BFS written in an immutable style: every newly found node is appended by copying the whole order (`order = [...order, node]`).
 * Time: O(E + V²), n = V: the k-th discovery copies k entries, whatever the shape of the graph.
 * exposed by: any graph with many reachable nodes, the bench's long path included.
 *
 * A Set guards against revisits and the order doubles as the queue (read through a head index),
 * so the search itself is linear; only the copy per append is not.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  let order: readonly string[] = [start];
  const seen = new Set(order);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      order = [...order, neighbour];
    }
  }
  return [...order];
}
