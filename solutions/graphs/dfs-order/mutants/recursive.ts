// Mutant: the textbook recursive search. The order is right, but a 100 000-node path
// overflows the call stack.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>();
  const order: string[] = [];
  const visit = (node: string): void => {
    visited.add(node);
    order.push(node);
    for (const next of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (!visited.has(next)) visit(next);
    }
  };
  visit(start);
  return order;
}
