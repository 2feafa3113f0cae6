// Mutant: breadth-first search that adds the weights along the first path it finds, i.e. the
// path with the fewest edges, not the cheapest one.
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const dist: Record<string, number> = {};
  for (const [node, list] of Object.entries(graph)) {
    dist[node] = Infinity;
    for (const [next] of list) dist[next] = Infinity;
  }
  dist[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [next, weight] of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (dist[next] !== Infinity) continue;
      dist[next] = dist[node]! + weight;
      queue.push(next);
    }
  }
  return dist;
}
