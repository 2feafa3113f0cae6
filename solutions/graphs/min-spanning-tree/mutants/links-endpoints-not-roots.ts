// Mutant: Kruskal whose union step sets `parent[b] = a` instead of linking the two roots, so
// when b is not a root, the rest of b's tree is cut off and later edges are misjudged.
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = Array.from({ length: nodeCount }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x]!;
    return x;
  };
  let total = 0;
  for (const [a, b, weight] of [...edges].sort((x, y) => x[2] - y[2])) {
    if (root(a) === root(b)) continue;
    parent[b] = a;
    total += weight;
  }
  return total;
}
