/**
 * Brute force: the same breadth-first search, but the visited nodes are kept in an array and
 * membership is tested with `includes`. Correct, and the first version many people write, but
 * each test scans up to V entries: O(V²) on a long path where every node is reachable.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const visited: string[] = [start];
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (!visited.includes(neighbour)) {
        visited.push(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return visited;
}
