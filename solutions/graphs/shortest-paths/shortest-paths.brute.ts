/**
 * Brute force: Dijkstra's algorithm without a priority queue. Each round scans every node for
 * the unsettled one with the smallest known distance, settles it and relaxes its edges.
 * Correct for non-negative weights, and the version in most textbooks, but the scan costs O(V)
 * per settled node: O(V² + E) time, which on a sparse graph (E ≈ 4V) is far worse than the
 * heap's O((V + E) log V).
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

const NO_EDGES: readonly (readonly [string, number])[] = [];

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (name: string): number => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
    }
    return id;
  };
  idOf(start);
  for (const key of Object.keys(graph)) {
    idOf(key);
    for (const [next] of graph[key]!) idOf(next);
  }

  const dist: number[] = names.map(() => Infinity);
  const settled: boolean[] = names.map(() => false);
  dist[0] = 0;
  for (;;) {
    // The O(V) scan that a priority queue would replace.
    let u = -1;
    for (let i = 0; i < names.length; i++) {
      if (!settled[i] && dist[i]! < Infinity && (u === -1 || dist[i]! < dist[u]!)) u = i;
    }
    if (u === -1) break;
    settled[u] = true;
    const name = names[u]!;
    for (const [next, weight] of Object.hasOwn(graph, name) ? graph[name]! : NO_EDGES) {
      const v = ids.get(next)!;
      if (dist[u]! + weight < dist[v]!) dist[v] = dist[u]! + weight;
    }
  }

  return Object.fromEntries(names.map((name, i) => [name, dist[i]!]));
}
