// Mutant: runs Kahn's algorithm on the edges as written, so every node comes before what it
// depends on: the order is reversed.
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
  const indegree = new Map<string, number>();
  for (const node of Object.keys(deps)) {
    if (!indegree.has(node)) indegree.set(node, 0);
    for (const dep of deps[node]!) indegree.set(dep, (indegree.get(dep) ?? 0) + 1);
  }
  const order: string[] = [];
  for (const [node, count] of indegree) if (count === 0) order.push(node);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    for (const dep of Object.hasOwn(deps, node) ? deps[node]! : []) {
      const left = indegree.get(dep)! - 1;
      indegree.set(dep, left);
      if (left === 0) order.push(dep);
    }
  }
  const stuck = [...indegree].filter(([, count]) => count > 0).map(([node]) => node);
  if (stuck.length > 0) throw new CycleError(stuck.sort());
  return order;
}
