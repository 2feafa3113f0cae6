/**
 * slow: Kahn's algorithm with reverse lists, but the ready nodes are kept in an array that is re-sorted after every placement and taken from the front with `shift()`.
 * Time: O(V + E + Σ (r log r)), r = number of nodes ready at each step: O(V + E) when one node
 * is ready at a time, O(n² log n) in the worst case, n = V (O(n²) in practice: the sort of an
 * almost sorted array is near linear, and `shift` moves the whole array once it is large).
 * exposed by: many nodes ready at once, e.g. n nodes without dependencies, or one node that
 *   depends on all n - 1 others; the bench's chain has exactly one ready node at every step.
 *
 * Sorting the ready list gives a deterministic, alphabetical-first order, a common wish; a heap
 * would give it in O(log r) per step, re-sorting costs the whole list each time.
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
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const node of Object.keys(deps)) {
    if (!waitingOn.has(node)) waitingOn.set(node, 0);
    for (const dep of deps[node]!) {
      if (!waitingOn.has(dep)) waitingOn.set(dep, 0);
      waitingOn.set(node, waitingOn.get(node)! + 1);
      const list = dependents.get(dep);
      if (list) list.push(node);
      else dependents.set(dep, [node]);
    }
  }

  const ready: string[] = [];
  for (const [node, count] of waitingOn) if (count === 0) ready.push(node);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort();
    const node = ready.shift()!;
    order.push(node);
    for (const dependent of dependents.get(node) ?? []) {
      const left = waitingOn.get(dependent)! - 1;
      waitingOn.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }
  if (order.length < waitingOn.size) {
    const stuck = [...waitingOn].filter(([, count]) => count > 0).map(([node]) => node);
    throw new CycleError(stuck.sort());
  }
  return order;
}
