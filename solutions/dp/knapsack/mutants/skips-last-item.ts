// Mutant: an off-by-one in the item loop never considers the last item.
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const best = new Array<number>(capacity + 1).fill(0);
  for (let i = 0; i < items.length - 1; i++) {
    const { weight, value } = items[i]!;
    for (let c = capacity; c >= weight; c--) best[c] = Math.max(best[c]!, best[c - weight]! + value);
  }
  return best[capacity]!;
}
