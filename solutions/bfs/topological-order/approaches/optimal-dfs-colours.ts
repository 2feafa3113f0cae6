/**
 * optimal: depth-first post-order with an explicit stack and a per-node state (new, on the path, done and orderable, done and stuck).
 * Time: O(V + E), n = V: every node is pushed once and every dependency entry is read once, with
 * O(1) Map operations; O(V) memory; the final sort touches only the stuck nodes.
 *
 * A different method from the reference's Kahn: a node is emitted when all its dependencies are
 * done, so the post-order lists dependencies first. A dependency found on the current path
 * closes a cycle; a node is stuck when any dependency is on the path or stuck, and the flag is
 * handed to the parent when the node finishes. Every node on a cycle is an ancestor of the node
 * that finds the back edge, or is that node, so the flag reaches all of them and everything
 * above them; a finished node that is not stuck reaches no cycle. No recursion, so any depth.
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

const ON_PATH = 1;
const ORDERED = 2;
const STUCK = 3;
const NONE: readonly string[] = [];

export function topologicalOrder(deps: Graph): string[] {
  const state = new Map<string, number>();
  const order: string[] = [];
  const stuck: string[] = [];
  const pathNode: string[] = [];
  const pathNext: number[] = [];
  const pathStuck: boolean[] = [];

  const explore = (root: string): void => {
    state.set(root, ON_PATH);
    pathNode.push(root);
    pathNext.push(0);
    pathStuck.push(false);
    while (pathNode.length > 0) {
      const top = pathNode.length - 1;
      const node = pathNode[top]!;
      const list = Object.hasOwn(deps, node) ? deps[node]! : NONE;
      const i = pathNext[top]!;
      if (i < list.length) {
        pathNext[top] = i + 1;
        const dep = list[i]!;
        const s = state.get(dep);
        if (s === undefined) {
          state.set(dep, ON_PATH);
          pathNode.push(dep);
          pathNext.push(0);
          pathStuck.push(false);
        } else if (s === ON_PATH || s === STUCK) {
          pathStuck[top] = true;
        }
        continue;
      }
      pathNode.pop();
      pathNext.pop();
      if (pathStuck.pop()) {
        state.set(node, STUCK);
        stuck.push(node);
        if (top > 0) pathStuck[top - 1] = true;
      } else {
        state.set(node, ORDERED);
        order.push(node);
      }
    }
  };

  // Every node is a key or listed under one, so exploring from every key reaches them all.
  for (const node of Object.keys(deps)) if (!state.has(node)) explore(node);
  if (stuck.length > 0) throw new CycleError(stuck.sort());
  return order;
}
