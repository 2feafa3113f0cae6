// Mutant: Kahn's algorithm with the counts and the dependents kept in plain objects, guarded by
// `Object.hasOwn` so that `constructor` and `toString` work, but `pending['__proto__'] = 0`
// sets the object's prototype instead of adding a key: a node named `__proto__` is never
// counted, placed or expanded. `{ a: ['__proto__'] }` (an own key `__proto__` or not) returns
// ['a'] instead of ['__proto__', 'a'].
export type Graph = Readonly<Record<string, readonly string[]>>;

export class CycleError extends Error {
  override readonly name = 'CycleError';
  readonly nodes: string[];

  constructor(nodes: readonly string[]) {
    super(`No valid order: ${nodes.join(', ')}`);
    this.nodes = [...nodes];
  }
}

export function topologicalOrder(deps: Graph): string[] {
  const pending: Record<string, number> = {};
  const dependents: Record<string, string[]> = {};
  for (const node of Object.keys(deps)) {
    if (!Object.hasOwn(pending, node)) pending[node] = 0;
    for (const dep of deps[node]!) {
      if (!Object.hasOwn(pending, dep)) pending[dep] = 0;
      pending[node]! += 1;
      (Object.hasOwn(dependents, dep) ? dependents[dep]! : (dependents[dep] = [])).push(node);
    }
  }
  const nodes = Object.keys(pending);
  const order = nodes.filter((node) => pending[node] === 0);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    if (!Object.hasOwn(dependents, node)) continue;
    for (const dependent of dependents[node]!) if (--pending[dependent]! === 0) order.push(dependent);
  }
  if (order.length < nodes.length) throw new CycleError(nodes.filter((node) => pending[node]! > 0).sort());
  return order;
}
