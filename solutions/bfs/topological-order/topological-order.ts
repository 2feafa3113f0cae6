/**
 * Reference: Kahn's algorithm on the reversed edges.
 *
 * `pending.get(x)` counts the dependency entries of `x` not yet placed; `dependents.get(d)` lists
 * the nodes whose lists contain `d` (once per entry, so repeated entries cancel out exactly).
 * Invariant: the queue holds exactly the unplaced nodes whose count is 0, i.e. whose
 * dependencies are all placed, so placing any of them keeps the order valid.
 *
 * When the queue runs dry, every unplaced node still waits on an unplaced dependency; following
 * those waits forever must revisit a node, so each unplaced node is on a cycle or depends on one.
 * Conversely a node that reaches a cycle never gets its count to 0. So the leftovers are exactly
 * the nodes CycleError must report.
 *
 * Complexity: O(V + E) time and memory (the final sort is over the leftovers only, and costs
 * O(k log k) when there is a cycle; it is not on the bench's path). Maps, not plain objects,
 * so names like `constructor` are ordinary keys. No recursion.
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
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const node of Object.keys(deps)) {
    const list = deps[node]!;
    pending.set(node, list.length); // a key listed earlier had a placeholder 0
    for (const dep of list) {
      if (!pending.has(dep)) pending.set(dep, 0);
      const waiting = dependents.get(dep);
      if (waiting) waiting.push(node);
      else dependents.set(dep, [node]);
    }
  }

  const order: string[] = [];
  for (const [node, count] of pending) if (count === 0) order.push(node);
  // `order` doubles as the queue: everything from `head` on is ready but not yet expanded.
  for (let head = 0; head < order.length; head++) {
    for (const dependent of dependents.get(order[head]!) ?? []) {
      const left = pending.get(dependent)! - 1;
      pending.set(dependent, left);
      if (left === 0) order.push(dependent);
    }
  }
  if (order.length < pending.size) {
    const stuck: string[] = [];
    for (const [node, count] of pending) if (count > 0) stuck.push(node);
    throw new CycleError(stuck.sort());
  }
  return order;
}
