// Mutant: the pop-and-skip-visited stack, but neighbours are pushed in listed order, so the
// last-listed neighbour is popped (and visited) first.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>();
  const order: string[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    order.push(node);
    for (const next of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (!visited.has(next)) stack.push(next);
    }
  }
  return order;
}
