// Mutant: adds every edge in both directions before running Dijkstra, as if the graph were
// undirected.
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const both = new Map<string, [string, number][]>([[start, []]]);
  for (const [node, list] of Object.entries(graph)) {
    if (!both.has(node)) both.set(node, []);
    for (const [next, weight] of list) {
      if (!both.has(next)) both.set(next, []);
      both.get(node)!.push([next, weight]);
      both.get(next)!.push([node, weight]);
    }
  }
  const dist = new Map<string, number>();
  for (const node of both.keys()) dist.set(node, Infinity);
  dist.set(start, 0);
  const settled = new Set<string>();
  for (;;) {
    let best: string | null = null;
    for (const [node, d] of dist) if (!settled.has(node) && d < Infinity && (best === null || d < dist.get(best)!)) best = node;
    if (best === null) break;
    settled.add(best);
    for (const [next, weight] of both.get(best)!) {
      if (dist.get(best)! + weight < dist.get(next)!) dist.set(next, dist.get(best)! + weight);
    }
  }
  return Object.fromEntries(dist);
}
