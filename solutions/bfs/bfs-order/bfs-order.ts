/**
 * Reference: breadth-first search with an array-backed queue read through a head index.
 *
 * Invariant: `order[head..]` is the queue. Everything in `order` has been discovered (is in
 * `seen`), and nodes enter `order` in the order they are discovered, so taking them from the
 * front visits them by distance, and within one parent in listed order. Because a node is
 * marked when it is enqueued, it enters the queue once: the queue and the answer are one array.
 *
 * Complexity: O(V + E) time, each node dequeued once and each list read once with O(1) Set
 * operations; O(V) extra memory.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

export function bfsOrder(graph: Graph, start: string): string[] {
  const order = [start];
  const seen = new Set(order);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    // Own keys only: a node that is only a neighbour (or is named like an Object.prototype
    // member) has no outgoing edges.
    const next = Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
    for (const neighbour of next) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        order.push(neighbour);
      }
    }
  }
  return order;
}
