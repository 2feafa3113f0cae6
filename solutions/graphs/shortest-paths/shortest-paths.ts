/**
 * Reference: Dijkstra's algorithm with a binary min-heap and lazy deletion.
 *
 * Invariant: when an entry (d, u) leaves the heap with d equal to u's best known distance, that
 * distance is final. Every other way to reach u leaves the settled region through some
 * unsettled node whose distance is already ≥ d, and non-negative weights can only add to it.
 * Instead of decreasing keys inside the heap, an improved distance is pushed as a new entry;
 * entries that are worse than the best known distance when they surface are skipped.
 *
 * Nodes are numbered once up front (keys and neighbour-only nodes alike) so that distances live
 * in a typed array and the heap holds numbers, not strings.
 *
 * Complexity: each edge pushes at most one entry, so the heap holds O(E) entries and every push
 * and pop costs O(log E) = O(log V): O((V + E) log V) time, O(V + E) extra memory.
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

const NO_EDGES: readonly (readonly [string, number])[] = [];

/** A binary min-heap of (priority, node) pairs kept in two parallel arrays. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the minimum; its key and node are left in `topKey` / `topNode`. */
  pop(): void {
    const { keys, nodes } = this;
    this.topKey = keys[0]!;
    this.topNode = nodes[0]!;
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const size = keys.length;
    if (size === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= lastKey) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
  }

  topKey = 0;
  topNode = 0;
}

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (name: string): number => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
    }
    return id;
  };
  idOf(start);
  for (const key of Object.keys(graph)) {
    idOf(key);
    for (const [next] of graph[key]!) idOf(next);
  }

  const dist = new Float64Array(names.length).fill(Infinity);
  dist[0] = 0;
  const heap = new MinHeap();
  heap.push(0, 0);
  while (heap.size > 0) {
    heap.pop();
    const d = heap.topKey;
    const u = heap.topNode;
    if (d > dist[u]!) continue; // a stale entry: u was settled with a smaller distance
    const name = names[u]!;
    for (const [next, weight] of Object.hasOwn(graph, name) ? graph[name]! : NO_EDGES) {
      const v = ids.get(next)!;
      const candidate = d + weight;
      if (candidate < dist[v]!) {
        dist[v] = candidate;
        heap.push(candidate, v);
      }
    }
  }

  // Object.fromEntries defines own keys: a node named `__proto__` becomes an entry, where
  // `result['__proto__'] = d` would run the prototype setter instead.
  return Object.fromEntries(names.map((name, i) => [name, dist[i]!]));
}
