// Mutant: a correct Kruskal, but it sorts the caller's edge array in place.
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = Array.from({ length: nodeCount }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const sorted = (edges as [number, number, number][]).sort((x, y) => x[2] - y[2]);
  let total = 0;
  for (const [a, b, weight] of sorted) {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    parent[rb] = ra;
    total += weight;
  }
  return total;
}
