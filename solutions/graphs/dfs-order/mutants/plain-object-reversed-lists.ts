// Mutant: the pop-and-skip-visited stack, with every list reversed once up front into a plain
// object (`reversed[node] = [...list].reverse()`) so that pushing it pops the first neighbour
// first. Lookups use `Object.hasOwn`, which is right for `constructor` and `toString`, but
// `reversed['__proto__'] = …` sets the object's prototype instead of adding a key: a node named
// `__proto__` loses its edges. `{ __proto__: ['x'] }` (an own key) from `'__proto__'` gives
// ['__proto__'] instead of ['__proto__', 'x'].
export type Graph = Readonly<Record<string, readonly string[]>>;

export function dfsOrder(graph: Graph, start: string): string[] {
  const reversed: Record<string, string[]> = {};
  for (const [node, list] of Object.entries(graph)) reversed[node] = [...list].reverse();
  const visited = new Set<string>();
  const order: string[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    order.push(node);
    for (const next of Object.hasOwn(reversed, node) ? reversed[node]! : []) {
      if (!visited.has(next)) stack.push(next);
    }
  }
  return order;
}
