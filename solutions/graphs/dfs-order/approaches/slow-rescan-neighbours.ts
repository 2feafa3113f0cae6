/**
 * slow: the explicit stack holds only nodes, not a position in their neighbour lists, so every time a node is back on top its list is rescanned from the start for the first unvisited neighbour.
 * Time: O(V + Σ deg(v)²) — a node of out-degree d is returned to d times and each return rereads
 * up to d entries; with degrees bounded by a constant (paths, combs) that is O(V + E), but a
 * node listing Θ(n) neighbours costs Θ(n²) (n = V).
 * exposed by: a hub — one node whose list names n leaves (a star), or a few high-degree nodes; the bench's comb has out-degree ≤ 2 and hides it (the bench family "a hub listing every node, names descending" exposes it).
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>([start]);
  const order = [start];
  const stack = [start];
  while (stack.length > 0) {
    const edges = edgesOf(graph, stack[stack.length - 1]!);
    // Forgetting where we were: start over at the first neighbour each time.
    let next: string | undefined;
    for (const candidate of edges) {
      if (!visited.has(candidate)) {
        next = candidate;
        break;
      }
    }
    if (next === undefined) {
      stack.pop();
      continue;
    }
    visited.add(next);
    order.push(next);
    stack.push(next);
  }
  return order;
}
