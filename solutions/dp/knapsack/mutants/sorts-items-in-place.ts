// Mutant: sorts the caller's items by weight in place before the DP (the answer is right, the input is changed).
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const sorted = (items as { weight: number; value: number }[]).sort((a, b) => a.weight - b.weight);
  const best = new Array<number>(capacity + 1).fill(0);
  for (const { weight, value } of sorted) {
    for (let c = capacity; c >= weight; c--) best[c] = Math.max(best[c]!, best[c - weight]! + value);
  }
  return best[capacity]!;
}
