// Mutant: sorts a copy of the edges with `.sort()` and no comparator, which compares the edges
// as strings ("0,1,10" < "0,1,9"), so edges are not taken in weight order.
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = Array.from({ length: nodeCount }, (_, i) => i);
  const root = (x: number): number => (parent[x] === x ? x : (parent[x] = root(parent[x]!)));
  let total = 0;
  for (const [a, b, weight] of [...edges].sort()) {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    parent[rb] = ra;
    total += weight;
  }
  return total;
}
