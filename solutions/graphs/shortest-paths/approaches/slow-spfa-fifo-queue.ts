/**
 * slow: queue-based Bellman–Ford (SPFA): relax the edges of any node whose distance improved, in FIFO order, until nothing improves — no priority, so a node can be re-relaxed many times.
 * Time: O(V·E) in the worst case, O(E) to a few E on random sparse graphs like the bench's; the
 * queue itself is an array with a read index (O(1) per operation) (n = V).
 * exposed by: a ladder of improving entries into a long chain — s → u1 → u2 → … → u(n/2) with weight 1, each uj → v1 with weight n − 2j, and v1 → v2 → … → v(n/2) with weight 1: every uj offers v1 a slightly better distance one FIFO round later, and each improvement re-propagates down the whole v chain, Θ(n²) relaxations.
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

const NO_EDGES: readonly (readonly [string, number])[] = [];

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  for (const key of Object.keys(graph)) {
    if (!dist.has(key)) dist.set(key, Infinity);
    for (const [to] of graph[key]!) if (!dist.has(to)) dist.set(to, Infinity);
  }

  const queue: string[] = [start];
  const queued = new Set<string>([start]);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    queued.delete(node);
    const base = dist.get(node)!;
    for (const [to, weight] of Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES) {
      if (base + weight < dist.get(to)!) {
        dist.set(to, base + weight);
        if (!queued.has(to)) {
          queued.add(to);
          queue.push(to);
        }
      }
    }
  }

  return Object.fromEntries(dist);
}
