/**
 * slow: keeps a list of reachable {weight, value} states, adding each item to every state and merging states of equal weight through a `findIndex` scan.
 * Time O(n·S²) with S ≤ capacity + 1 distinct reachable weights, i.e. O(n·capacity²), n = items:
 * each item creates up to S new states and each is looked up in the S-long list.
 * exposed by: a large capacity with many distinct reachable weights (e.g. capacity 10⁴ and items of weights 1..100); with the capacity fixed, as on the bench, it only grows linearly in n.
 *
 * The "list of partial solutions" idea with the dominated duplicates removed, but by scanning.
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  let states: { weight: number; value: number }[] = [{ weight: 0, value: 0 }];
  for (const item of items) {
    const next = states.slice();
    for (const s of states) {
      const weight = s.weight + item.weight;
      if (weight > capacity) continue;
      const value = s.value + item.value;
      const at = next.findIndex((t) => t.weight === weight);
      if (at === -1) next.push({ weight, value });
      else if (next[at]!.value < value) next[at] = { weight, value };
    }
    states = next;
  }
  let best = 0;
  for (const s of states) if (s.value > best) best = s.value;
  return best;
}
