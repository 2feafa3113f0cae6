// Mutant: takes the next node from the back (a stack), so the search goes deep before wide.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const order: string[] = [];
  const seen = new Set([start]);
  const pending = [start];
  while (pending.length > 0) {
    const node = pending.pop()!;
    order.push(node);
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        pending.push(neighbour);
      }
    }
  }
  return order;
}
