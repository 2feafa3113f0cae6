/**
 * optimal: one FIFO queue read through a head index, with each entry's depth in a parallel array; a node is appended to levels[depth] as it is dequeued.
 * Time: O(V + E), n = V: each reachable node is enqueued once and its list read once, with O(1)
 * Set and array operations; O(V) memory.
 *
 * The reference keeps two lists per level; here there is a single queue, and the level boundary
 * is read from the depths: BFS dequeues in non-decreasing depth, so a depth one larger than the
 * last level's index opens the next level, and no level is ever empty.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const queue: string[] = [start];
  const depth: number[] = [0];
  const seen = new Set<string>(queue);
  const levels: string[][] = [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const d = depth[head]!;
    if (d === levels.length) levels.push([node]);
    else levels[d]!.push(node);
    if (!Object.hasOwn(graph, node)) continue;
    for (const neighbour of graph[node]!) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      queue.push(neighbour);
      depth.push(d + 1);
    }
  }
  return levels;
}
