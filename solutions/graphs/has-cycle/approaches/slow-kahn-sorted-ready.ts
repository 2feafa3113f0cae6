/**
 * slow: Kahn's algorithm that keeps the ready list sorted by name (a "deterministic order" habit) by re-sorting it after every insertion and taking the front with `shift()`.
 * Time: O(V + E + Σ R log R) where R is the ready-list size at each insertion; with one ready
 * node at a time (a path) that is O(V + E), but when Θ(V) nodes are ready together it becomes
 * O(V² log V) (n = V).
 * exposed by: a wide graph — many nodes with no incoming edge at once, e.g. n isolated keys or a star whose n leaves all point to one sink.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const NO_EDGES: readonly string[] = [];

function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function hasCycle(graph: Graph): boolean {
  const inDegree = new Map<string, number>();
  for (const key of Object.keys(graph)) {
    if (!inDegree.has(key)) inDegree.set(key, 0);
    for (const to of graph[key]!) inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
  }

  const ready: string[] = [];
  for (const [node, degree] of inDegree) {
    if (degree === 0) {
      ready.push(node);
      ready.sort(); // re-sorted on every insertion: the whole list each time
    }
  }

  let removed = 0;
  while (ready.length > 0) {
    const node = ready.shift()!;
    removed++;
    for (const to of edgesOf(graph, node)) {
      const left = inDegree.get(to)! - 1;
      inDegree.set(to, left);
      if (left === 0) {
        ready.push(to);
        ready.sort();
      }
    }
  }
  // Nodes never removed are on a cycle or downstream of one.
  return removed < inDegree.size;
}
