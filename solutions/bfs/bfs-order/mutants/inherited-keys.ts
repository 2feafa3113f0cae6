// Mutant: reads `graph[node] ?? []`, so a neighbour-only node named `constructor` or `toString`
// picks up a function from Object.prototype and the loop over its "neighbours" throws.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const order = [start];
  const seen = new Set(order);
  for (let head = 0; head < order.length; head++) {
    for (const neighbour of graph[order[head]!] ?? []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        order.push(neighbour);
      }
    }
  }
  return order;
}
