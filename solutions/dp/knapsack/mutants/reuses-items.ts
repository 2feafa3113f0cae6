// Mutant: walks capacities upward in the one-row table, so an item can be taken many times (unbounded knapsack).
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const best = new Array<number>(capacity + 1).fill(0);
  for (const { weight, value } of items) {
    for (let c = weight; c <= capacity; c++) {
      best[c] = Math.max(best[c]!, best[c - weight]! + value);
    }
  }
  return best[capacity]!;
}
