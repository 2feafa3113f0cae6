// Mutant: returns [] when the start is not a key, forgetting that a node that is only a neighbour
// still exists (it just has no outgoing edges).
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  if (!Object.hasOwn(graph, start)) return [];
  const order = [start];
  const seen = new Set(order);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        order.push(neighbour);
      }
    }
  }
  return order;
}
