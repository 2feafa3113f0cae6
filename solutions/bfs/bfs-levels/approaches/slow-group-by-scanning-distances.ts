/**
 * slow: one BFS records every node's distance, then each level is built by filtering the whole visit order for that distance.
 * Time: O(V + E + V·L), L = number of levels, O(n²) in the worst case, n = V; fine when the
 * graph is shallow (few levels).
 * exposed by: deep graphs, e.g. a long path (the bench's own input: n levels of one node).
 *
 * The search is right and linear; the grouping afterwards asks "which nodes are at distance d?"
 * of the whole list once per d, instead of placing each node into its level as it is found.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const order = [start];
  const distance = new Map<string, number>([[start, 0]]);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    const d = distance.get(node)!;
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (distance.has(neighbour)) continue;
      distance.set(neighbour, d + 1);
      order.push(neighbour);
    }
  }
  const deepest = distance.get(order[order.length - 1]!)!;
  const levels: string[][] = [];
  for (let d = 0; d <= deepest; d++) levels.push(order.filter((node) => distance.get(node) === d));
  return levels;
}
