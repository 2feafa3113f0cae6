// Mutant: counts pending dependencies in a plain object, so a node named `constructor` or
// `toString` starts from an inherited function instead of 0 and is never ready.
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
  const nodes: string[] = [];
  const meet = (node: string) => {
    if (!nodes.includes(node)) nodes.push(node);
  };
  for (const node of Object.keys(deps)) {
    meet(node);
    for (const dep of deps[node]!) {
      meet(dep);
      pending[node] = (pending[node] || 0) + 1;
      (dependents[dep] ||= []).push(node);
    }
  }
  const order = nodes.filter((node) => !pending[node]);
  for (let head = 0; head < order.length; head++) {
    for (const dependent of dependents[order[head]!] || []) {
      pending[dependent]!--;
      if (pending[dependent] === 0) order.push(dependent);
    }
  }
  if (order.length < nodes.length) throw new CycleError(nodes.filter((node) => !order.includes(node)).sort());
  return order;
}
