/**
 * Reference: Kruskal's algorithm with union-find.
 *
 * Invariant (cut property): edges are considered in ascending weight; an edge whose endpoints
 * are already connected by cheaper picked edges would close a cycle and is never needed; an edge
 * that joins two different components is the lightest edge leaving one of them, so some minimum
 * spanning forest contains it. Taking exactly those edges yields a minimum spanning forest, with
 * one tree per connected component, whatever the signs of the weights.
 *
 * The edges are sorted through an index array, so the caller's array is never reordered.
 * Union-find with union by size and path halving answers "already connected?" in near O(1).
 *
 * Complexity: O(E log E) for the sort, plus O(E α(V)) for the union-find work:
 * O(E log E + V) time, O(E + V) extra memory.
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = new Int32Array(nodeCount);
  const size = new Int32Array(nodeCount).fill(1);
  for (let i = 0; i < nodeCount; i++) parent[i] = i;
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };

  const order = new Uint32Array(edges.length);
  for (let i = 0; i < edges.length; i++) order[i] = i;
  order.sort((x, y) => edges[x]![2] - edges[y]![2]);

  let total = 0;
  let joins = 0;
  for (let k = 0; k < order.length && joins < nodeCount - 1; k++) {
    const [a, b, weight] = edges[order[k]!]!;
    let ra = root(a);
    let rb = root(b);
    if (ra === rb) continue;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
    total += weight;
    joins++;
  }
  return total;
}
