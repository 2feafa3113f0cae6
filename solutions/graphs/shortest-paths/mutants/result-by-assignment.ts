// Mutant: a correct Dijkstra that builds its result by assignment, `result[name] = distance`.
// For a node named `__proto__` that runs the prototype setter (which ignores a number) instead
// of adding a key, so the node is missing from the result: `{ a: [['__proto__', 1]] }` (an own
// key or not) from `'a'` gives `{ a: 0 }` instead of an own entry `__proto__: 1`.
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

  const result: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) result[names[i]!] = dist[i]!;
  return result;
}
