// Mutant: assigns each node the depth at which a depth-first search first reaches it, which is
// not its distance when a long path gets there before a short one.
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const levels: string[][] = [];
  const seen = new Set([start]);
  const stack: [string, number][] = [[start, 0]];
  const order: [string, number][] = [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    order.push([node, depth]);
    const next = Object.hasOwn(graph, node) ? graph[node]! : [];
    for (let i = next.length - 1; i >= 0; i--) {
      if (!seen.has(next[i]!)) {
        seen.add(next[i]!);
        stack.push([next[i]!, depth + 1]);
      }
    }
  }
  order.sort((a, b) => a[1] - b[1]);
  for (const [node, depth] of order) (levels[depth] ??= []).push(node);
  return levels;
}
