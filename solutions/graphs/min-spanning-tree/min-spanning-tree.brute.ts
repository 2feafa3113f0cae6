/**
 * Brute force: Kruskal's algorithm without union-find. Edges are taken in ascending weight, and
 * whether an edge's endpoints are already connected is answered by a fresh breadth-first search
 * over the edges picked so far. Correct, and what people write before they know union-find,
 * but every one of the E edges may pay a search over a forest of up to V nodes: O(E·V) time.
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const sorted = [...edges].sort((x, y) => x[2] - y[2]);
  const picked: number[][] = Array.from({ length: nodeCount }, () => []);

  const connected = (from: number, to: number): boolean => {
    if (from === to) return true;
    const seen = new Uint8Array(nodeCount);
    seen[from] = 1;
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      for (const next of picked[queue[head]!]!) {
        if (next === to) return true;
        if (!seen[next]) {
          seen[next] = 1;
          queue.push(next);
        }
      }
    }
    return false;
  };

  let total = 0;
  for (const [a, b, weight] of sorted) {
    if (connected(a, b)) continue;
    picked[a]!.push(b);
    picked[b]!.push(a);
    total += weight;
  }
  return total;
}
