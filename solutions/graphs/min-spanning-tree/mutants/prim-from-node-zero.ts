// Mutant: Prim's algorithm grown from node 0 only; on a disconnected graph the other components
// are never spanned.
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  if (nodeCount === 0) return 0;
  const adjacent: [number, number][][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b, weight] of edges) {
    adjacent[a]!.push([b, weight]);
    adjacent[b]!.push([a, weight]);
  }
  const inTree = new Uint8Array(nodeCount);
  inTree[0] = 1;
  let frontier = [...adjacent[0]!];
  let total = 0;
  while (frontier.length > 0) {
    frontier.sort((x, y) => x[1] - y[1]);
    const [node, weight] = frontier.shift()!;
    if (inTree[node]) continue;
    inTree[node] = 1;
    total += weight;
    frontier = frontier.concat(adjacent[node]!);
  }
  return total;
}
