/**
 * optimal: Dijkstra with an indexed binary heap that holds each unsettled node once and lowers its key in place (decrease-key) instead of pushing duplicates.
 * Time: O((V + E) log V), n = V with E ≈ 4V: every node is inserted and extracted once, every
 * improving edge sifts one entry up; a position table makes finding that entry O(1).
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  // Dense ids for every node; adjacency converted to parallel typed arrays (CSR form).
  const idOf = new Map<string, number>([[start, 0]]);
  const names: string[] = [start];
  const keys = Object.keys(graph);
  let edgeCount = 0;
  for (const key of keys) {
    for (const name of [key, ...graph[key]!.map(([to]) => to)]) {
      if (!idOf.has(name)) {
        idOf.set(name, names.length);
        names.push(name);
      }
    }
    edgeCount += graph[key]!.length;
  }
  const count = names.length;
  const first = new Int32Array(count + 1);
  for (const key of keys) first[idOf.get(key)! + 1] = graph[key]!.length;
  for (let i = 0; i < count; i++) first[i + 1]! += first[i]!;
  const to = new Int32Array(edgeCount);
  const weight = new Float64Array(edgeCount);
  for (const key of keys) {
    let at = first[idOf.get(key)!]!;
    for (const [name, w] of graph[key]!) {
      to[at] = idOf.get(name)!;
      weight[at++] = w;
    }
  }

  const dist = new Float64Array(count).fill(Infinity);
  // heap[i] is a node id; where[v] is v's slot in the heap, -1 if not in it.
  const heap = new Int32Array(count);
  const where = new Int32Array(count).fill(-1);
  let size = 0;
  const place = (v: number, slot: number) => {
    heap[slot] = v;
    where[v] = slot;
  };
  const siftUp = (slot: number) => {
    const v = heap[slot]!;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (dist[heap[parent]!]! <= dist[v]!) break;
      place(heap[parent]!, slot);
      slot = parent;
    }
    place(v, slot);
  };
  const siftDown = (slot: number) => {
    const v = heap[slot]!;
    for (;;) {
      let child = 2 * slot + 1;
      if (child >= size) break;
      if (child + 1 < size && dist[heap[child + 1]!]! < dist[heap[child]!]!) child++;
      if (dist[heap[child]!]! >= dist[v]!) break;
      place(heap[child]!, slot);
      slot = child;
    }
    place(v, slot);
  };

  dist[0] = 0;
  place(0, size++);
  while (size > 0) {
    const u = heap[0]!;
    where[u] = -1;
    size--;
    if (size > 0) {
      place(heap[size]!, 0);
      siftDown(0);
    }
    for (let e = first[u]!; e < first[u + 1]!; e++) {
      const v = to[e]!;
      const candidate = dist[u]! + weight[e]!;
      if (candidate < dist[v]!) {
        const wasUnseen = dist[v] === Infinity;
        dist[v] = candidate;
        if (wasUnseen) {
          place(v, size++);
          siftUp(size - 1);
        } else if (where[v]! >= 0) {
          siftUp(where[v]!); // decrease-key: the entry only moves towards the root
        }
      }
    }
  }

  return Object.fromEntries(names.map((name, i) => [name, dist[i]!]));
}
