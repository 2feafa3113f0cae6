// Mutant: Kahn's algorithm that lists the stuck nodes in the order it met them, unsorted.
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
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const node of Object.keys(deps)) {
    pending.set(node, deps[node]!.length);
    for (const dep of deps[node]!) {
      if (!pending.has(dep)) pending.set(dep, 0);
      dependents.set(dep, [...(dependents.get(dep) ?? []), node]);
    }
  }
  const order: string[] = [];
  for (const [node, count] of pending) if (count === 0) order.push(node);
  for (let head = 0; head < order.length; head++) {
    for (const dependent of dependents.get(order[head]!) ?? []) {
      const left = pending.get(dependent)! - 1;
      pending.set(dependent, left);
      if (left === 0) order.push(dependent);
    }
  }
  const stuck = [...pending].filter(([, count]) => count > 0).map(([node]) => node);
  if (stuck.length > 0) throw new CycleError(stuck);
  return order;
}
