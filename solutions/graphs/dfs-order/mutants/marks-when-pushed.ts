// Mutant: marks a node visited when it is pushed as a pending neighbour instead of when the
// search reaches it, so a node is visited where it was first seen, not in recursive order:
// `{ a: ['b', 'c'], b: ['c', 'd'] }` gives a, b, d, c instead of a, b, c, d.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>([start]);
  const order: string[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    const edges = Object.hasOwn(graph, node) ? graph[node]! : [];
    for (let i = edges.length - 1; i >= 0; i--) {
      const next = edges[i]!;
      if (visited.has(next)) continue;
      visited.add(next);
      stack.push(next);
    }
  }
  return order;
}
