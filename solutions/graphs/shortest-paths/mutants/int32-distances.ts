// Mutant: Dijkstra with the distances in an Int32Array (2^31 − 1 standing for Infinity). A
// fractional distance is truncated, so its heap entry looks stale and the node is never
// expanded, and a distance of 2^31 or more wraps: `{ a: [['b', 0.5]], b: [['c', 1]] }` from
// `'a'` gives `{ a: 0, b: 0, c: Infinity }` instead of `{ a: 0, b: 0.5, c: 1.5 }`.
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

/** Stands for Infinity, which an Int32Array cannot hold. */
const UNREACHED = 0x7fffffff;
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

  const dist = new Int32Array(names.length).fill(UNREACHED);
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

  return Object.fromEntries(names.map((name, i) => [name, dist[i] === UNREACHED ? Infinity : dist[i]!]));
}
