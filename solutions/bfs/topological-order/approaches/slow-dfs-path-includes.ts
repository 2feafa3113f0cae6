/**
 * slow: depth-first post-order with an explicit stack, where "is this dependency on the current path?" is answered with `path.includes`.
 * Time: O(V + E·depth), O(n²) in the worst case, n = V: each dependency entry scans the path of
 * nodes currently being explored, which is as long as the deepest dependency chain.
 * exposed by: one long dependency chain (the bench's own input), where the path grows to n.
 *
 * The depth-first method is right: a node is emitted after all its dependencies, a dependency
 * still on the path closes a cycle, and "cannot be ordered" flows from a dependency to its
 * dependents. Only the path is kept as an array and searched, instead of as a per-node flag.
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

const NONE: readonly string[] = [];

export function topologicalOrder(deps: Graph): string[] {
  const depsOf = (node: string): readonly string[] => (Object.hasOwn(deps, node) ? deps[node]! : NONE);
  const nodes = new Set<string>();
  for (const node of Object.keys(deps)) {
    nodes.add(node);
    for (const dep of deps[node]!) nodes.add(dep);
  }

  const finished = new Map<string, boolean>(); // node -> true when it cannot be ordered
  const order: string[] = [];
  const stuck: string[] = [];
  for (const root of nodes) {
    if (finished.has(root)) continue;
    const path: string[] = [root];
    const next: number[] = [0]; // per path entry, the index of the next dependency to look at
    const bad: boolean[] = [false];
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const list = depsOf(node);
      if (next[top]! < list.length) {
        const dep = list[next[top]!++]!;
        if (path.includes(dep)) bad[top] = true; // a cycle through dep and node
        else if (finished.has(dep)) bad[top] = bad[top]! || finished.get(dep)!;
        else {
          path.push(dep);
          next.push(0);
          bad.push(false);
        }
        continue;
      }
      // All dependencies handled: emit the node (or report it) and hand its state to the parent.
      path.pop();
      next.pop();
      const isBad = bad.pop()!;
      finished.set(node, isBad);
      if (isBad) stuck.push(node);
      else order.push(node);
      if (isBad && bad.length > 0) bad[bad.length - 1] = true;
    }
  }
  if (stuck.length > 0) throw new CycleError(stuck.sort());
  return order;
}
