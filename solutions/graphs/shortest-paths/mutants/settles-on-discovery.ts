// Mutant: a node's distance is fixed the first time an edge reaches it (it is marked done when
// pushed, not when popped), so a cheaper route through a longer chain found later is ignored.
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const dist: Record<string, number> = {};
  for (const [node, list] of Object.entries(graph)) {
    dist[node] = Infinity;
    for (const [next] of list) dist[next] = Infinity;
  }
  dist[start] = 0;
  const done = new Set<string>([start]);
  const frontier: [number, string][] = [[0, start]];
  while (frontier.length > 0) {
    frontier.sort((x, y) => x[0] - y[0]);
    const [d, node] = frontier.shift()!;
    for (const [next, weight] of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (done.has(next)) continue;
      done.add(next);
      dist[next] = d + weight;
      frontier.push([d + weight, next]);
    }
  }
  return dist;
}
