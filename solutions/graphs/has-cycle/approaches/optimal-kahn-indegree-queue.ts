/**
 * optimal: Kahn's algorithm — peel off nodes with no incoming edge; whatever cannot be peeled sits on or behind a cycle.
 * Time: O(V + E), n = V nodes with E ≈ 2.5V: one pass counts in-degrees, each node is dequeued
 * once and each edge decrements one counter once. The queue is an array with a read index, so
 * taking the front costs O(1) and never shifts the array.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

export function hasCycle(graph: Graph): boolean {
  // Give every node (key or neighbour-only) a dense id so the hot loop works on typed arrays.
  const idOf = new Map<string, number>();
  const keys = Object.keys(graph);
  for (const key of keys) if (!idOf.has(key)) idOf.set(key, idOf.size);
  for (const key of keys) for (const to of graph[key]!) if (!idOf.has(to)) idOf.set(to, idOf.size);

  const count = idOf.size;
  // Adjacency in compressed form: edges of node i are targets[start[i] .. start[i+1]).
  const start = new Int32Array(count + 1);
  for (const key of keys) start[idOf.get(key)! + 1] = graph[key]!.length;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const targets = new Int32Array(start[count]!);
  const inDegree = new Int32Array(count);
  for (const key of keys) {
    let at = start[idOf.get(key)!]!;
    for (const to of graph[key]!) {
      const t = idOf.get(to)!;
      targets[at++] = t;
      inDegree[t]!++;
    }
  }

  const queue = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) if (inDegree[i] === 0) queue[tail++] = i;
  // A repeated edge simply counts twice in the in-degree and is removed twice: no special case.
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let e = start[node]!; e < start[node + 1]!; e++) {
      const t = targets[e]!;
      if (--inDegree[t]! === 0) queue[tail++] = t;
    }
  }
  // Every node gets peeled exactly when no cycle can reach it from behind.
  return tail < count;
}
