// Mutant: Kruskal's algorithm that copies the weights into an Int32Array to sort the edge
// indices by them. A weight of 2^31 or more wraps to a negative number (and one below −2^31 to
// a positive one), so heavy edges are taken first: `mstWeight(3, [[0, 1, 2 ** 31], [1, 2, 1],
// [0, 2, 2]])` gives 2^31 + 1 instead of 3.
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = Array.from({ length: nodeCount }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const key = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i++) key[i] = edges[i]![2];
  const order = Array.from({ length: edges.length }, (_, i) => i).sort((x, y) => key[x]! - key[y]!);
  let total = 0;
  for (const i of order) {
    const [a, b, weight] = edges[i]!;
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    parent[rb] = ra;
    total += weight;
  }
  return total;
}
