/**
 * slow: Dijkstra with a binary heap of {node, dist} objects whose decrease-key first finds the node's entry with `findIndex`, a linear search through the heap.
 * Time: O(V log V + E·H) where H is the heap size when an edge improves a node still in the heap;
 * on the bench's random sparse graph the frontier holds Θ(V) nodes and many edges improve one, so
 * about O(V²) (n = V).
 * exposed by: graphs with a wide frontier and many improving edges, e.g. a hub linked to every node with increasing weights plus short random cross links (the bench family "hub with increasing edge weights, short cross links"); on the bench's default random graph the gap stays a few times the reference's.
 */
export type WeightedGraph = Readonly<Record<string, readonly (readonly [string, number])[]>>;

const NO_EDGES: readonly (readonly [string, number])[] = [];

interface Entry {
  node: string;
  dist: number;
}

function up(heap: Entry[], i: number): void {
  const item = heap[i]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]!.dist <= item.dist) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = item;
}

function down(heap: Entry[], i: number): void {
  const item = heap[i]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && heap[child + 1]!.dist < heap[child]!.dist) child++;
    if (heap[child]!.dist >= item.dist) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}

export function shortestPaths(graph: WeightedGraph, start: string): Record<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  for (const key of Object.keys(graph)) {
    if (!dist.has(key)) dist.set(key, Infinity);
    for (const [to] of graph[key]!) if (!dist.has(to)) dist.set(to, Infinity);
  }

  const inHeap = new Set<string>([start]);
  const heap: Entry[] = [{ node: start, dist: 0 }];
  while (heap.length > 0) {
    const { node, dist: d } = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(heap, 0);
    }
    inHeap.delete(node);
    for (const [to, weight] of Object.hasOwn(graph, node) ? graph[node]! : NO_EDGES) {
      const candidate = d + weight;
      if (candidate >= dist.get(to)!) continue;
      dist.set(to, candidate);
      if (inHeap.has(to)) {
        // The costly line: the heap does not know where `to` sits, so it is searched for.
        const at = heap.findIndex((entry) => entry.node === to);
        heap[at]!.dist = candidate;
        up(heap, at);
      } else {
        inHeap.add(to);
        heap.push({ node: to, dist: candidate });
        up(heap, heap.length - 1);
      }
    }
  }

  return Object.fromEntries(dist);
}
