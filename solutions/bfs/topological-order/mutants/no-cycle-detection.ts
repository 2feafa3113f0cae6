// Mutant: depth-first search with a plain visited set and no "on the current path" state, so it
// cannot see a back edge and returns an order even when the graph has a cycle.
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
  const visited = new Set<string>();
  const order: string[] = [];
  for (const root of Object.keys(deps)) {
    if (visited.has(root)) continue;
    visited.add(root);
    // Iterative post-order: [node, index of the next dependency to look at].
    const stack: [string, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = Object.hasOwn(deps, top[0]) ? deps[top[0]]! : [];
      if (top[1] < list.length) {
        const dep = list[top[1]++]!;
        if (!visited.has(dep)) {
          visited.add(dep);
          stack.push([dep, 0]);
        }
      } else {
        order.push(top[0]);
        stack.pop();
      }
    }
  }
  return order;
}
