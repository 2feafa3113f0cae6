// Mutant: marks a node visited only when its level is processed, so a node that two nodes of the
// same level both list lands in the next level twice.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  const seen = new Set<string>();
  let current = [start];
  while (current.length > 0) {
    for (const node of current) seen.add(node);
    levels.push(current);
    const next: string[] = [];
    for (const node of current) {
      for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
        if (!seen.has(neighbour)) next.push(neighbour);
      }
    }
    current = next;
  }
  return levels;
}
