// Mutant: takes an edge when at least one endpoint has not been "seen" yet instead of asking
// whether the two endpoints are connected, so two trees built separately are never joined.
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const seen = new Uint8Array(nodeCount);
  let total = 0;
  for (const [a, b, weight] of [...edges].sort((x, y) => x[2] - y[2])) {
    if (a === b || (seen[a] && seen[b])) continue;
    seen[a] = 1;
    seen[b] = 1;
    total += weight;
  }
  return total;
}
