// Mutant: the level loop is `for (let i = 0; i < queue.length; i++)` while the body shifts from
// and pushes to that same queue, so the bound moves and levels split or merge wrongly.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const level: string[] = [];
    for (let i = 0; i < queue.length; i++) {
      const node = queue.shift()!;
      level.push(node);
      for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          queue.push(neighbour);
        }
      }
    }
    levels.push(level);
  }
  return levels;
}
