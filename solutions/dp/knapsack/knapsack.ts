/**
 * Reference: the classic 0/1 knapsack table, kept as a single row.
 *
 * Invariant: after the first i items are processed, `best[c]` is the largest total value of a
 * subset of those i items whose total weight is at most c. Adding item i either leaves the
 * subset alone (`best[c]`) or takes the item on top of the best subset for the capacity that is
 * left (`best[c - weight] + value`). Capacities are walked from high to low so that
 * `best[c - weight]` still describes the first i items: each item is used at most once.
 *
 * Complexity: O(n · capacity) time, O(capacity) extra memory.
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const best = new Array<number>(capacity + 1).fill(0);
  for (const { weight, value } of items) {
    for (let c = capacity; c >= weight; c--) {
      const withItem = best[c - weight]! + value;
      if (withItem > best[c]!) best[c] = withItem;
    }
  }
  return best[capacity]!;
}
