/**
 * slow: iterative DFS with a single `seen` set; when an edge leads to a seen node it asks "is that node on my current path?" with `path.includes`, a linear scan of the stack.
 * Time: O(V + E·depth) — every edge into an already-seen node (finished or not) scans the whole
 * current path; with a path-shaped graph the depth reaches V and Θ(E) edges hit seen nodes, so
 * O(V²) (n = V). A plain ring stays O(V): only its closing edge meets a seen node.
 * exposed by: a long chain whose every node also points at one node finished early (the bench family "a long pipeline, every stage also using one shared node"): each of those edges scans the whole deep path. The bench's default path with random forward edges and shuffled keys only leaves the gap at a few times the reference's.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function hasCycle(graph: Graph): boolean {
  // One set for "ever reached"; whether a reached node is still open is read off the path array.
  const seen = new Set<string>();
  const path: string[] = [];
  const cursor: number[] = [];

  for (const root of Object.keys(graph)) {
    if (seen.has(root)) continue;
    seen.add(root);
    path.push(root);
    cursor.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const edges = edgesOf(graph, path[top]!);
      if (cursor[top]! >= edges.length) {
        path.pop();
        cursor.pop();
        continue;
      }
      const next = edges[cursor[top]!++]!;
      if (seen.has(next)) {
        // The costly line: telling a back edge from a cross/forward edge by scanning the stack.
        if (path.includes(next)) return true;
        continue;
      }
      seen.add(next);
      path.push(next);
      cursor.push(0);
    }
  }
  return false;
}
