/**
 * slow: linear Kahn's algorithm, but on a cycle the nodes to report are found by testing every node with `order.includes`.
 * Time: O(V + E) when the graph is acyclic (the bench's chain); O(V + E + V·placed) when it is
 * not, O(n²) in the worst case, n = V.
 * exposed by: a large graph that is mostly orderable but holds a cycle, e.g. a chain of n/2
 *   nodes beside a cycle of n/2 nodes: every node is searched for in the n/2 placed ones.
 *
 * The error path is the part nobody benchmarks: "the nodes not in the order" is written
 * literally, with an array search per node instead of the counts already at hand.
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
  const all: string[] = [];
  const unmet = new Map<string, number>();
  const users = new Map<string, string[]>();
  const meet = (node: string) => {
    if (!unmet.has(node)) {
      unmet.set(node, 0);
      all.push(node);
    }
  };
  for (const node of Object.keys(deps)) {
    meet(node);
    for (const dep of deps[node]!) {
      meet(dep);
      unmet.set(node, unmet.get(node)! + 1);
      const list = users.get(dep);
      if (list) list.push(node);
      else users.set(dep, [node]);
    }
  }

  const order = all.filter((node) => unmet.get(node) === 0);
  for (let head = 0; head < order.length; head++) {
    for (const user of users.get(order[head]!) ?? []) {
      const left = unmet.get(user)! - 1;
      unmet.set(user, left);
      if (left === 0) order.push(user);
    }
  }
  if (order.length < all.length) {
    throw new CycleError(all.filter((node) => !order.includes(node)).sort());
  }
  return order;
}
