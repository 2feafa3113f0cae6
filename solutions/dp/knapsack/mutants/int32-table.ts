// Mutant: keeps the one-row table in an Int32Array (zero-filled, compact): a best value of 2^31 or
// more wraps around, so [{ weight: 1, value: 2147483648 }] with capacity 1 gives -2147483648, and
// two such items fill the row with 0.
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const best = new Int32Array(capacity + 1);
  for (const { weight, value } of items) {
    for (let c = capacity; c >= weight; c--) {
      const withItem = best[c - weight]! + value;
      if (withItem > best[c]!) best[c] = withItem;
    }
  }
  return best[capacity]!;
}
