/**
 * slow: lazy Prim's algorithm whose candidate edges live in an array kept sorted by weight (descending, cheapest popped off the end), every new candidate placed by binary search and inserted with `splice`.
 * Time: O(E log E) comparisons plus O(E·C) element moves, C the number of pending candidates (up
 * to E); on the bench's random graphs C grows to Θ(E), so O(E²) moves with a memmove-sized
 * constant (n = E).
 * exposed by: a hub — node 0 joined to all other nodes with edges listed in increasing weight: each new candidate is the heaviest so far and is spliced in at the front, moving the whole list (O(E²)); random graphs (the bench) insert at random positions, half the cost, but only at large n.
 */
export function mstWeight(nodeCount: number, edges: readonly (readonly [number, number, number])[]): number {
  const adjacent: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b, w] of edges) {
    adjacent[a]!.push(b, w);
    adjacent[b]!.push(a, w);
  }
  const inTree = new Uint8Array(nodeCount);
  const candWeight: number[] = [];
  const candNode: number[] = [];
  const offer = (node: number, weight: number) => {
    let lo = 0;
    let hi = candWeight.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (candWeight[mid]! > weight) lo = mid + 1;
      else hi = mid;
    }
    candWeight.splice(lo, 0, weight);
    candNode.splice(lo, 0, node);
  };
  const enter = (u: number) => {
    inTree[u] = 1;
    const list = adjacent[u]!;
    for (let k = 0; k < list.length; k += 2) if (!inTree[list[k]!]) offer(list[k]!, list[k + 1]!);
  };

  let total = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (inTree[root]) continue;
    enter(root); // a new tree of the forest
    while (candWeight.length > 0) {
      const weight = candWeight.pop()!;
      const node = candNode.pop()!;
      if (inTree[node]) continue;
      total += weight;
      enter(node);
    }
  }
  return total;
}
