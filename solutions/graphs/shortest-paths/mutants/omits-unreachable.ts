// Mutant: a correct Dijkstra, but the result only holds the nodes it reached: unreachable nodes
// are missing instead of mapping to Infinity.
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  const settled = new Set<string>();
  for (;;) {
    let best: string | null = null;
    for (const [node, d] of dist) if (!settled.has(node) && (best === null || d < dist.get(best)!)) best = node;
    if (best === null) break;
    settled.add(best);
    for (const [next, weight] of Object.hasOwn(graph, best) ? graph[best]! : []) {
      const candidate = dist.get(best)! + weight;
      if (candidate < (dist.get(next) ?? Infinity)) dist.set(next, candidate);
    }
  }
  return Object.fromEntries(dist);
}
