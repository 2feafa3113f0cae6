/**
 * Brute force: Kahn's algorithm without the reverse lists. After placing a node, it rescans the
 * whole edge list to find the nodes that were waiting on it. Correct, and what many people write
 * first, but each placement costs O(E): O(V·E) in all, O(n²) on a chain where only one node is
 * ready at a time. (Nodes are numbered first so that the rescan compares integers, not strings:
 * the growth is the point, not the constant.)
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export class CycleError extends Error {
  override readonly name = 'CycleError';
  readonly nodes: string[];

  constructor(nodes: readonly string[]) {
    super(`No valid order: ${nodes.length} node(s) are on a cycle or depend on one: ${nodes.join(', ')}`);
    this.nodes = [...nodes];
  }
}

export function topologicalOrder(deps: Graph): string[] {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (name: string): number => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.push(name) - 1;
      ids.set(name, id);
    }
    return id;
  };
  const from: number[] = [];
  const to: number[] = [];
  for (const node of Object.keys(deps)) {
    const id = idOf(node);
    for (const dep of deps[node]!) {
      from.push(id);
      to.push(idOf(dep));
    }
  }
  const pending = new Array<number>(names.length).fill(0);
  for (const id of from) pending[id]!++;

  const order: number[] = [];
  for (let id = 0; id < names.length; id++) if (pending[id] === 0) order.push(id);
  for (let head = 0; head < order.length; head++) {
    const placed = order[head]!;
    for (let e = 0; e < to.length; e++) {
      if (to[e] === placed && --pending[from[e]!]! === 0) order.push(from[e]!);
    }
  }
  if (order.length < names.length) {
    throw new CycleError(names.filter((_, id) => pending[id]! > 0).sort());
  }
  return order.map((id) => names[id]!);
}
