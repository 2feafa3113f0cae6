// Mutant: copies the adjacency lists into a plain object first (`adjacency[node] = list`) and
// reads them back with `Object.hasOwn`, which is right for `constructor` and `toString`, but
// `adjacency['__proto__'] = list` sets the object's prototype instead of adding a key: a node
// named `__proto__` loses its edges. `{ __proto__: ['a'] }` (an own key) from `'__proto__'`
// gives ['__proto__'] instead of ['__proto__', 'a'].
export type Graph = Readonly<Record<string, readonly string[]>>;

export function bfsOrder(graph: Graph, start: string): string[] {
  const adjacency: Record<string, readonly string[]> = {};
  for (const [node, list] of Object.entries(graph)) adjacency[node] = list;
  const order = [start];
  const seen = new Set(order);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const neighbour of Object.hasOwn(adjacency, node) ? adjacency[node]! : []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        order.push(neighbour);
      }
    }
  }
  return order;
}
