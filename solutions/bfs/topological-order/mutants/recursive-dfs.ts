// Mutant: a correct three-colour depth-first search, but recursive: a long dependency chain
// overflows the call stack.
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
  const state = new Map<string, 'active' | 'done' | 'stuck'>();
  const order: string[] = [];
  const stuck: string[] = [];
  // Returns false when the node cannot be ordered (it is on a cycle or depends on one).
  const visit = (node: string): boolean => {
    const s = state.get(node);
    if (s === 'done') return true;
    if (s === 'active' || s === 'stuck') return false;
    state.set(node, 'active');
    let ok = true;
    for (const dep of Object.hasOwn(deps, node) ? deps[node]! : []) if (!visit(dep)) ok = false;
    if (ok) {
      state.set(node, 'done');
      order.push(node);
    } else {
      state.set(node, 'stuck');
      stuck.push(node);
    }
    return ok;
  };
  for (const node of Object.keys(deps)) visit(node);
  if (stuck.length > 0) throw new CycleError(stuck.sort());
  return order;
}
