/**
 * slow: Dijkstra whose frontier is an array kept sorted by distance (descending, so the closest is popped off the end), each new entry placed by binary search and inserted with `splice`.
 * known miss: judged ok: meets the target O(n log n): grows like the reference; at n = 4 096 it is 2.0× slower than the reference (self-check, seeds 11 and 12). Its O(V²) term is a memmove (~0.2 ns per element) against ~500 ns of reference work per node: even a star with increasing weights (every insert at the front) stays 3–4× at the ~2 ms sizes (V ≈ 4–8k) and is flagged only from V ≈ 32k, where a reference call takes 25–35 ms.
 * Time: O(E log E) comparisons plus O(E·F) element moves, F the frontier size at insertion; on the
 * bench's random sparse graph F reaches Θ(V), so O(V²) moves, with a memmove-sized constant that
 * only dominates at tens of thousands of nodes (n = V).
 * exposed by: large inputs with a wide frontier whose new distances are mostly larger than the pending ones (they land near the front of the descending array), e.g. a start with n out-edges of increasing weights.
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

const NO_EDGES: readonly (readonly [string, number])[] = [];

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  for (const key of Object.keys(graph)) {
    if (!dist.has(key)) dist.set(key, Infinity);
    for (const [to] of graph[key]!) if (!dist.has(to)) dist.set(to, Infinity);
  }

  // Parallel arrays sorted by distance, largest first; stale entries are skipped when popped.
  const frontierDist: number[] = [0];
  const frontierNode: string[] = [start];
  while (frontierDist.length > 0) {
    const d = frontierDist.pop()!;
    const node = frontierNode.pop()!;
    if (d > dist.get(node)!) continue;
    for (const [to, weight] of Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES) {
      const candidate = d + weight;
      if (candidate >= dist.get(to)!) continue;
      dist.set(to, candidate);
      // First slot whose distance is <= candidate (the array descends).
      let lo = 0;
      let hi = frontierDist.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (frontierDist[mid]! > candidate) lo = mid + 1;
        else hi = mid;
      }
      frontierDist.splice(lo, 0, candidate);
      frontierNode.splice(lo, 0, to);
    }
  }

  return Object.fromEntries(dist);
}
