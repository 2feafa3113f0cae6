// Mutant: searches with a Set, but records each node's depth in a plain object
// (`depthOf[node] = depth`) and groups the nodes by it afterwards. `depthOf['__proto__'] = 1`
// sets the object's prototype instead of adding a key, so a node named `__proto__` (and every
// node found through it) is filed under a depth that is not a number and drops out of the
// levels: `{ s: ['__proto__'], __proto__: ['x'] }` (own keys) from `'s'` gives [['s']] instead
// of [['s'], ['__proto__'], ['x']].
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsLevels(graph: Graph, start: string): string[][] {
  const depthOf: Record<string, number> = {};
  depthOf[start] = 0;
  const queue = [start];
  const seen = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const neighbour of Object.hasOwn(graph, node) ? graph[node]! : []) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      depthOf[neighbour] = depthOf[node]! + 1;
      queue.push(neighbour);
    }
  }
  const levels: string[][] = [];
  for (const node of queue) (levels[depthOf[node]!] ??= []).push(node);
  return levels;
}
