/**
 * Reference: depth-first search with an explicit stack that mirrors the recursive one.
 *
 * The recursive version is: visit(x) { mark x; output x; for each neighbour y of x in listed
 * order: if y is unmarked, visit(y) }. Its call stack holds, for every node on the current
 * path, the position reached in that node's neighbour list. The explicit stack below holds
 * exactly that pair (node, index of the next neighbour to try), and a node is marked and output
 * at the moment it is pushed, as at the start of a call. So the output is the recursive
 * preorder, neighbour for neighbour, while a 100 000-node path costs heap instead of call stack.
 *
 * Complexity: each reachable node is pushed once and each of its edges read once:
 * O(V + E) time, O(V) extra memory.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

/** Own properties only: a node called `constructor` must not find `Object.prototype.constructor`. */
function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function dfsOrder(graph: Graph, start: string): string[] {
  const visited = new Set<string>([start]);
  const order = [start];
  const pathNodes = [start];
  const nextIndex = [0];

  while (pathNodes.length > 0) {
    const top = pathNodes.length - 1;
    const edges = edgesOf(graph, pathNodes[top]!);
    let i = nextIndex[top]!;
    // Skip neighbours already visited; stop at the first new one, as the recursive loop would.
    while (i < edges.length && visited.has(edges[i]!)) i++;
    if (i === edges.length) {
      pathNodes.pop();
      nextIndex.pop();
      continue;
    }
    nextIndex[top] = i + 1;
    const next = edges[i]!;
    visited.add(next);
    order.push(next);
    pathNodes.push(next);
    nextIndex.push(0);
  }
  return order;
}
