// Mutant: reads `graph[node]` as if every node were a key; for a node that appears only as a
// neighbour it is `undefined`, and looping over it throws.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>([start]);
  const order = [start];
  const nodes = [start];
  const index = [0];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const edges = graph[nodes[top]!]!;
    let i = index[top]!;
    while (i < edges.length && visited.has(edges[i]!)) i++;
    if (i === edges.length) {
      nodes.pop();
      index.pop();
      continue;
    }
    index[top] = i + 1;
    visited.add(edges[i]!);
    order.push(edges[i]!);
    nodes.push(edges[i]!);
    index.push(0);
  }
  return order;
}
