// Mutant: the classic "while queue not empty, snapshot size" loop, but the level is pushed after
// the loop test, so the result ends with an empty level [].
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [[start]];
  const seen = new Set([start]);
  const queue = [start];
  let head = 0;
  while (head < queue.length) {
    const size = queue.length - head;
    const level: string[] = [];
    for (let i = 0; i < size; i++) {
      const node = queue[head++]!;
      for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          queue.push(neighbour);
          level.push(neighbour);
        }
      }
    }
    levels.push(level);
  }
  return levels;
}
