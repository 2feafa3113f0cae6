/**
 * Reference: iterative depth-first search with three node states.
 *
 * Invariant: a node is ON_PATH exactly while it sits on the explicit stack, i.e. while it is an
 * ancestor of the node being explored. An edge into an ON_PATH node closes a cycle (a self-loop
 * is the shortest such edge). A DONE node has had every node it can reach explored without
 * finding a cycle, so an edge into it never needs to be followed again, from any start.
 *
 * The explicit stack holds (node, index of the next neighbour to try), which is exactly the
 * state a recursive call would keep in its frame, so a 100 000-node path costs heap, not call
 * stack. Only keys need to be tried as starts: a node that is never a key has no outgoing
 * edges and cannot lie on a cycle.
 *
 * Complexity: every node enters the stack at most once and every edge is followed at most once:
 * O(V + E) time, O(V) extra memory.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

const ON_PATH = 1;
const DONE = 2;
const NO_EDGES: readonly string[] = [];

/** Own properties only: a node called `constructor` must not find `Object.prototype.constructor`. */
function edgesOf(graph: Graph, node: string): readonly string[] {
  return Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES;
}

export function hasCycle(graph: Graph): boolean {
  const state = new Map<string, typeof ON_PATH | typeof DONE>();
  const pathNodes: string[] = [];
  const nextIndex: number[] = [];

  for (const root of Object.keys(graph)) {
    if (state.has(root)) continue;
    state.set(root, ON_PATH);
    pathNodes.push(root);
    nextIndex.push(0);

    while (pathNodes.length > 0) {
      const top = pathNodes.length - 1;
      const node = pathNodes[top]!;
      const edges = edgesOf(graph, node);
      const i = nextIndex[top]!;
      if (i === edges.length) {
        state.set(node, DONE);
        pathNodes.pop();
        nextIndex.pop();
        continue;
      }
      nextIndex[top] = i + 1;
      const next = edges[i]!;
      const seen = state.get(next);
      if (seen === ON_PATH) return true;
      if (seen === undefined) {
        state.set(next, ON_PATH);
        pathNodes.push(next);
        nextIndex.push(0);
      }
    }
  }
  return false;
}
