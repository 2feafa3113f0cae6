/**
 * slow: one BFS whose queue holds [node, depth] pairs and is drained with `shift()`; each node goes into levels[depth] when dequeued.
 * Time: O(V + E) plus the cost of `shift`, which moves every remaining entry once the array is
 * large (V8 only trims small arrays in place): O(V²) in the worst case, n = V.
 * exposed by: a wide frontier, e.g. a star (start → all other n - 1 nodes) or a complete binary
 *   tree; on the bench's long path the queue never holds more than one pair.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  const seen = new Set<string>([start]);
  const queue: [string, number][] = [[start, 0]];
  while (queue.length > 0) {
    const [node, depth] = queue.shift()!;
    if (depth === levels.length) levels.push([]);
    levels[depth]!.push(node);
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      queue.push([neighbour, depth + 1]);
    }
  }
  return levels;
}
