/**
 * optimal: Borůvka's algorithm — in each round every component picks its cheapest outgoing edge and all those edges are added at once, halving the number of components.
 * Time: O(E log V) ⊆ O(E log E), n = E on V = n/4 nodes: at most log2 V rounds, each one pass over
 * the edges plus near O(1) union-find work per edge. Ties are broken by edge index so that the
 * chosen edges can never close a cycle.
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) parent[i] = i;
  const root = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const next = parent[x]!;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  /** Edge i beats edge j: lighter, or equally heavy and earlier. */
  const lighter = (i: number, j: number) => j === -1 || edges[i]![2] < edges[j]![2] || (edges[i]![2] === edges[j]![2] && i < j);

  const cheapest = new Int32Array(nodeCount);
  let total = 0;
  let merged = true;
  while (merged) {
    merged = false;
    cheapest.fill(-1);
    for (let i = 0; i < edges.length; i++) {
      const ra = root(edges[i]![0]);
      const rb = root(edges[i]![1]);
      if (ra === rb) continue;
      if (lighter(i, cheapest[ra]!)) cheapest[ra] = i;
      if (lighter(i, cheapest[rb]!)) cheapest[rb] = i;
    }
    for (let c = 0; c < nodeCount; c++) {
      const i = cheapest[c]!;
      if (i === -1) continue;
      // Two components may pick the same edge; the second time its ends are already joined.
      const ra = root(edges[i]![0]);
      const rb = root(edges[i]![1]);
      if (ra === rb) continue;
      parent[ra] = rb;
      total += edges[i]![2];
      merged = true;
    }
  }
  return total;
}
