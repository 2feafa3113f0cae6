// Mutant: reports only the nodes on the cycle the search runs into first (the path back to the
// repeated node), not the nodes that depend on it nor a second, separate cycle.
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
  const state = new Map<string, 'active' | 'done'>();
  const order: string[] = [];
  for (const root of Object.keys(deps)) {
    if (state.has(root)) continue;
    state.set(root, 'active');
    const stack: [string, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = Object.hasOwn(deps, top[0]) ? deps[top[0]]! : [];
      if (top[1] < list.length) {
        const dep = list[top[1]++]!;
        const s = state.get(dep);
        if (s === 'active') {
          const path = stack.map(([node]) => node);
          throw new CycleError(path.slice(path.indexOf(dep)).sort());
        }
        if (s === undefined) {
          state.set(dep, 'active');
          stack.push([dep, 0]);
        }
      } else {
        state.set(top[0], 'done');
        order.push(top[0]);
        stack.pop();
      }
    }
  }
  return order;
}
