/**
 * slow: Prim's algorithm without a heap — every step scans all nodes for the cheapest one not yet in the tree, restarting from an unreached node for each further component.
 * Time: O(V² + E), n = E on V = n/4 nodes: O(n²/16) — a quadratic with a small constant, since
 * the scan is a tight loop over typed arrays.
 * exposed by: many nodes relative to edges — the bench's sparse graphs at large n, or a sparse graph with E ≈ V (a random tree) where the reference is O(V log V) and this stays V².
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  // Adjacency lists (both directions); self-loops are dropped since they never help.
  const adjacent: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b, w] of edges) {
    if (a === b) continue;
    adjacent[a]!.push(b, w);
    adjacent[b]!.push(a, w);
  }

  const inTree = new Uint8Array(nodeCount);
  const best = new Float64Array(nodeCount).fill(Infinity);
  let total = 0;
  for (let added = 0; added < nodeCount; added++) {
    // The O(V) scan a priority queue would replace.
    let u = -1;
    for (let v = 0; v < nodeCount; v++) {
      if (!inTree[v] && (u === -1 || best[v]! < best[u]!)) u = v;
    }
    // best[u] === Infinity: nothing reaches u, so it starts a new tree of the forest at no cost.
    if (best[u] !== Infinity) total += best[u]!;
    inTree[u] = 1;
    const list = adjacent[u]!;
    for (let k = 0; k < list.length; k += 2) {
      const v = list[k]!;
      if (!inTree[v] && list[k + 1]! < best[v]!) best[v] = list[k + 1]!;
    }
  }
  return total;
}
