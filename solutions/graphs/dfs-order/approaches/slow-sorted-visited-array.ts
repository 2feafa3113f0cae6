/**
 * slow: keeps the visited nodes in a sorted array (binary search to test, `splice` to insert) instead of a hash set.
 * known miss: judged ok: meets the target O(n): grows like the reference; at n = 8 192 it is 2.9–6.5× slower than the reference (self-check, seeds 11 and 12). The bench's hub with descending names puts every insert at the front, but the O(V²) memmove (~0.2 ns per element) only outgrows the ~3× constant of its binary searches past V ≈ 32k (reference ≈ 12 ms per call); even a ladder starting at 2 048 was flagged in 1 of 3 runs.
 * Time: O(V log V) comparisons plus O(V²) element moves — every insertion shifts on average half
 * of the visited array; the moves are a fast memmove, so the quadratic term only dominates once
 * V reaches tens of thousands (n = V).
 * exposed by: any large input with many reachable nodes (the bench's comb at its top sizes); it shows most when names arrive in decreasing order, e.g. a path whose names sort descending, so each insertion lands at the front.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

/** First index whose name is >= `name` in the sorted array. */
function lowerBound(sorted: readonly string[], name: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function dfsOrder(graph: Graph, start: string): string[] {
  const visitedSorted: string[] = [start];
  const isVisited = (name: string) => {
    const at = lowerBound(visitedSorted, name);
    return at < visitedSorted.length && visitedSorted[at] === name;
  };
  const order = [start];
  const pathNodes = [start];
  const cursor = [0];
  while (pathNodes.length > 0) {
    const top = pathNodes.length - 1;
    const edges = edgesOf(graph, pathNodes[top]!);
    let i = cursor[top]!;
    while (i < edges.length && isVisited(edges[i]!)) i++;
    if (i === edges.length) {
      pathNodes.pop();
      cursor.pop();
      continue;
    }
    cursor[top] = i + 1;
    const next = edges[i]!;
    // The costly line: keeping the array sorted moves every later element by one.
    visitedSorted.splice(lowerBound(visitedSorted, next), 0, next);
    order.push(next);
    pathNodes.push(next);
    cursor.push(0);
  }
  return order;
}
