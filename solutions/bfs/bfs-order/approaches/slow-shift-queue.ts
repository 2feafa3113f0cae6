/**
 * slow: textbook BFS with a Set for visited nodes, but the queue is an array drained with `shift()`.
 * Time: O(V + E) plus the cost of `shift`, which V8 does in place for small arrays but by moving
 * every remaining element once the array is large: O(V + E + Σ queue length) = O(V²) in the
 * worst case, n = V.
 * exposed by: a wide frontier, e.g. a star (start → all other n - 1 nodes) or a complete binary
 *   tree: the queue holds Θ(n) nodes while they are shifted out; on the bench's long path the
 *   queue never holds more than one node.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>([start]);
  const queue: string[] = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    order.push(node);
    if (!Object.hasOwn(graph, node)) continue; // listed-only node, or an inherited name
    for (const neighbour of graph[node]!) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      queue.push(neighbour);
    }
  }
  return order;
}
