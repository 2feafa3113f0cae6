/**
 * slow: Kruskal's algorithm whose union-find has neither union by size/rank nor path compression — `union` hangs a's root under b's root.
 * Time: O(E log E) for the sort plus O(E·h), h the height of the trees. Without size or rank the
 * heights drift upwards even on random edges (the bench measures it as roughly n^1.5), and when
 * the sorted edges form a chain each union puts the old tree under a new root, h reaches V, and
 * every later edge touching the bottom node walks it: O(E·V) (n = E).
 * exposed by: a path 0–1–2–…–(V−1) whose edge weights increase along it, plus E − V heavier edges that all touch node 0 (each finds node 0 at the bottom of a V-deep chain).
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const parent = Array.from({ length: nodeCount }, (_, i) => i);
  const root = (x: number) => {
    while (parent[x] !== x) x = parent[x]!;
    return x;
  };

  const sorted = edges.slice().sort((x, y) => x[2] - y[2]);
  let total = 0;
  for (const [a, b, w] of sorted) {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    parent[ra] = rb;
    total += w;
  }
  return total;
}
