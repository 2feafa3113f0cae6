// Mutant: marks a node visited when it is taken out of the queue and never checks it there, so a
// node that two earlier nodes both list is enqueued, and visited, twice.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    seen.add(node);
    order.push(node);
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (!seen.has(neighbour)) queue.push(neighbour);
    }
  }
  return order;
}
