// Mutant: the start is enqueued but never marked as visited, so a cycle back to it visits it again.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const order = [start];
  const seen = new Set<string>();
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
